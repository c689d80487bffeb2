package io.postgate.publishing;

/** Publishing's domain events, recorded by the audit trail. */
public final class PublishingEvents {

	private PublishingEvents() {
	}

	public record PostPublished(String contentId, int revision, String platform, String remoteId, String remoteUrl, String idempotencyKey) {
	}

	public record PublishAttemptFailed(String contentId, int revision, String platform, String error, boolean retryable) {
	}

	/** {@code platform} null: all platforms. */
	public record PublishingFrozen(String platform, String reason, String frozenBy) {
	}

	public record PublishingFreezeLifted(String platform, String liftedBy) {
	}

	/** A channel was created or changed; never with its secret, and only the URL's host. */
	public record ChannelConfigured(String channelId, String platform, String adapter, String host) {
	}
}
