package io.postgate.notification;

import java.util.List;
import java.util.Map;

/** Subject and body of notification e-mails in English and Simplified Chinese, chosen by the user's locale. */
final class MailTemplates {

	record Mail(String subject, String body) {
	}

	private static final Map<NotificationKind, String> ENGLISH = Map.of(
			NotificationKind.TASK_AVAILABLE, "A task is waiting for your group: %s",
			NotificationKind.TASK_ASSIGNED, "A task was assigned to you: %s",
			NotificationKind.CHANGES_REQUESTED, "Changes were requested on your draft: %s",
			NotificationKind.APPROVED, "Your draft was approved: %s",
			NotificationKind.REJECTED, "Your draft was rejected: %s",
			NotificationKind.PUBLISHED, "Your content was published: %s",
			NotificationKind.SLA_MISSED, "A deadline was missed: %s",
			NotificationKind.PUBLISH_FAILED, "Publishing failed: %s",
			NotificationKind.FREEZE_STARTED, "Publishing is frozen for: %s",
			NotificationKind.FREEZE_ENDED, "Publishing resumed for: %s");

	private static final Map<NotificationKind, String> CHINESE = Map.of(
			NotificationKind.TASK_AVAILABLE, "您的小组有一项待处理任务：%s",
			NotificationKind.TASK_ASSIGNED, "有一项任务已分配给您：%s",
			NotificationKind.CHANGES_REQUESTED, "您的草稿需要修改：%s",
			NotificationKind.APPROVED, "您的草稿已获批准：%s",
			NotificationKind.REJECTED, "您的草稿已被拒绝：%s",
			NotificationKind.PUBLISHED, "您的内容已发布：%s",
			NotificationKind.SLA_MISSED, "已错过截止时间：%s",
			NotificationKind.PUBLISH_FAILED, "发布失败：%s",
			NotificationKind.FREEZE_STARTED, "发布已冻结：%s",
			NotificationKind.FREEZE_ENDED, "发布已恢复：%s");

	private MailTemplates() {
	}

	static boolean chinese(String locale) {
		return locale != null && locale.toLowerCase().startsWith("zh");
	}

	static Mail single(Notification notification, String locale, String baseUrl) {
		boolean zh = chinese(locale);
		String line = line(notification, zh);
		String link = link(notification, baseUrl);
		String body = zh
				? line + "\n\n打开：" + link + "\n\n—— Postgate\n（您可以在 Postgate 中更改通知设置。）\n"
				: line + "\n\nOpen: " + link + "\n\n-- Postgate\n(You can change your notification settings in Postgate.)\n";
		return new Mail("[Postgate] " + line, body);
	}

	static Mail digest(List<Notification> notifications, String locale, String baseUrl) {
		boolean zh = chinese(locale);
		StringBuilder body = new StringBuilder(zh ? "过去一天的通知：\n\n" : "Your notifications of the last day:\n\n");
		notifications.forEach(notification -> body.append("- ").append(line(notification, zh)).append("\n  ")
				.append(link(notification, baseUrl)).append('\n'));
		body.append(zh ? "\n—— Postgate\n" : "\n-- Postgate\n");
		String subject = zh ? "[Postgate] 每日摘要：" + notifications.size() + " 条通知"
				: "[Postgate] Daily digest: " + notifications.size() + " notification" + (notifications.size() == 1 ? "" : "s");
		return new Mail(subject, body.toString());
	}

	private static String line(Notification notification, boolean zh) {
		return (zh ? CHINESE : ENGLISH).get(notification.kind()).formatted(notification.title());
	}

	private static String link(Notification notification, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return notification.contentId() == null ? base + "/" : base + "/contents/" + notification.contentId();
	}
}
