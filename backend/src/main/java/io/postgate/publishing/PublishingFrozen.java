package io.postgate.publishing;

/**
 * Publishing to the platform is frozen: the delivery waits. Retrying is the point, but a wait is not a failed
 * attempt, so the workflow does not count it against the retries.
 */
public class PublishingFrozen extends DeliveryException {

	public PublishingFrozen(String platform, String reason) {
		super("publishing to " + platform + " is frozen: " + reason, true, null);
	}
}
