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

	/** An assisted channel's destination is handed to a person (the group's members, or the user) to publish by hand. */
	public record ManualPublicationRequested(String contentId, int revision, String platform, String publisherGroup, String publisherUser) {
	}

	/** A person recorded a post they published by hand; {@code textMatches} false is also a {@link PublishedTextMismatch}. */
	public record ManualPublicationRecorded(String contentId, int revision, String platform, String actor, String postUrl, boolean textMatches,
			String approvedTextSha256, String publishedTextSha256, String screenshotSha256) {
	}

	/** The text a person published by hand differs from the approved text: for compliance to look at. */
	public record PublishedTextMismatch(String contentId, int revision, String platform, String actor, String postUrl) {
	}
}
