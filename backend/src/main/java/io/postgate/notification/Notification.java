package io.postgate.notification;

import java.time.Instant;

/** One thing a user is told about; {@code title} is the content item's title at that moment. */
record Notification(String id, String recipient, NotificationKind kind, String contentId, String title, Instant createdAt, Instant readAt) {

	boolean read() {
		return readAt != null;
	}
}
