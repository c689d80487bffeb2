package io.postgate.notification;

/** Why a user is told about something. */
enum NotificationKind {
	TASK_AVAILABLE, TASK_ASSIGNED, CHANGES_REQUESTED, APPROVED, REJECTED, PUBLISHED, SLA_MISSED, PUBLISH_FAILED, FREEZE_STARTED, FREEZE_ENDED
}
