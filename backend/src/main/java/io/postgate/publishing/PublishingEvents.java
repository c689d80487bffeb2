package io.postgate.publishing;

/** Publishing's domain events, recorded by the audit trail. */
public final class PublishingEvents {

	private PublishingEvents() {
	}

	public record PostPublished(String contentId, int revision, String platform, String remoteId, String remoteUrl, String idempotencyKey) {
	}

	public record PublishAttemptFailed(String contentId, int revision, String platform, String error, boolean retryable) {
	}
}
