package io.postgate.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The social platforms Postgate publishes to; ids as in rules/platforms.yaml. In JSON a platform is its id
 * ("weibo"), as the API takes it; reading accepts the enum name too, since variants stored before used it.
 */
public enum Platform {
	WEIBO, WECHAT, DOUYIN, XIAOHONGSHU, BILIBILI, LINKEDIN, X, INSTAGRAM, FACEBOOK;

	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Platform> ofId(String id) {
		return Arrays.stream(values()).filter(platform -> platform.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
	}

	@JsonCreator
	static Platform fromJson(String id) {
		return ofId(id).orElseThrow(() -> new IllegalArgumentException("unknown platform '" + id + "'"));
	}
}
