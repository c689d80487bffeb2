package io.postgate.notification;

import java.time.Instant;

/** A notification as the bell shows it. */
record NotificationView(String id, NotificationKind kind, String contentId, String title, Instant createdAt, boolean read) {

	static NotificationView of(Notification notification) {
		return new NotificationView(notification.id(), notification.kind(), notification.contentId(), notification.title(),
				notification.createdAt(), notification.read());
	}
}
