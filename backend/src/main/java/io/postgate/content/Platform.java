package io.postgate.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The social platforms Postgate publishes to; ids as in rules/platforms.yaml. */
public enum Platform {
	WEIBO, WECHAT, DOUYIN, XIAOHONGSHU, BILIBILI, LINKEDIN, X, INSTAGRAM, FACEBOOK;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Platform> ofId(String id) {
		return Arrays.stream(values()).filter(platform -> platform.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
	}
}
