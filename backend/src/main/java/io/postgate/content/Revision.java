package io.postgate.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One immutable revision of a content item. */
public record Revision(String contentId, int number, String title, String body, Map<Platform, Variant> variants,
		Set<Platform> platforms, List<String> tags, boolean sponsored, boolean crisis, Instant scheduledAt, String author,
		Instant createdAt, String fingerprint, List<AttachmentRef> attachments) {

	public String titleFor(Platform platform) {
		Variant variant = variants.get(platform);
		return variant != null && variant.title() != null ? variant.title() : title;
	}

	public String bodyFor(Platform platform) {
		Variant variant = variants.get(platform);
		return variant != null && variant.body() != null ? variant.body() : body;
	}

	public record AttachmentRef(String sha256, String fileName, String mediaType, long sizeBytes) {
	}
}
