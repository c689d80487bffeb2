package io.postgate.notification;

import io.postgate.identity.UserAccount;
import io.postgate.identity.UserDirectory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Once a day, users who chose the digest get one e-mail listing the last day's unread notifications. */
@Component
class DailyDigest {

	private final Notifications notifications;
	private final PreferenceStore preferences;
	private final UserDirectory users;
	private final MailOutbox mail;
	private final NotificationProperties properties;
	private final Clock clock;

	DailyDigest(Notifications notifications, PreferenceStore preferences, UserDirectory users, MailOutbox mail, NotificationProperties properties,
			Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.users = users;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${postgate.notification.digest-cron:0 0 7 * * *}", zone = "UTC")
	void send() {
		queueDigests(clock.instant());
	}

	/** Queues one digest e-mail per digest user with unread notifications from the day before {@code now}. */
	@Transactional
	int queueDigests(Instant now) {
		int queued = 0;
		for (Map.Entry<String, String> user : preferences.digestAddresses().entrySet()) {
			List<Notification> unread = notifications.unreadSince(user.getKey(), now.minus(Duration.ofDays(1)));
			String locale = users.find(user.getKey()).map(UserAccount::locale).orElse("en");
			if (!unread.isEmpty()) {
				mail.enqueue(user.getKey(), user.getValue(), MailTemplates.digest(unread, locale, properties.baseUrl()));
				queued++;
			}
		}
		return queued;
	}
}
