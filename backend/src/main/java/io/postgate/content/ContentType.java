package io.postgate.content;

public enum ContentType {
	ARTICLE, IMAGE_POST, SHORT_VIDEO, AUDIO, LIVE_STREAM
}
