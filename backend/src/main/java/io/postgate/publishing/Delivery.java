package io.postgate.publishing;

import java.time.Instant;

/** One destination of a post: its idempotency key, state and the remote result. */
public record Delivery(String contentId, int revision, String platform, String idempotencyKey, String state, int attempts,
		String remoteId, String remoteUrl, String lastError, Instant publishedAt) {

	public static final String PUBLISHED = "PUBLISHED";
}
