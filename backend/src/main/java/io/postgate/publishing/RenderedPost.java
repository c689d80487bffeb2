package io.postgate.publishing;

import java.util.List;

/** Exactly what goes out to one platform. */
public record RenderedPost(String contentId, int revision, String platform, String title, String body, List<String> attachmentHashes,
		String fingerprint, String idempotencyKey) {
}
