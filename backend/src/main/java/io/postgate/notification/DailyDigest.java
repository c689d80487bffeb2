package io.postgate.notification;

import io.postgate.identity.UserAccount;
import io.postgate.identity.UserDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Once a day, users who chose the digest get one e-mail listing the last day's unread notifications. Every node's
 * scheduler fires; the day's row in {@code notification_digest_run}, inserted in the transaction that queues the
 * e-mails, lets one node queue them. If that node dies before committing, its row goes with it and the node waiting
 * on the same key queues the digest instead.
 */
@Component
class DailyDigest {

	private final Notifications notifications;
	private final PreferenceStore preferences;
	private final UserDirectory users;
	private final MailOutbox mail;
	private final NotificationProperties properties;
	private final JdbcClient jdbc;
	private final Clock clock;

	DailyDigest(Notifications notifications, PreferenceStore preferences, UserDirectory users, MailOutbox mail, NotificationProperties properties,
			JdbcClient jdbc, Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.users = users;
		this.mail = mail;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${postgate.notification.digest-cron:0 0 7 * * *}", zone = "UTC")
	@Transactional
	void send() {
		runOnce(clock.instant());
	}

	/** Queues the digests of {@code now}'s day unless a node did so already; true if this call queued them. */
	@Transactional
	boolean runOnce(Instant now) {
		try {
			jdbc.sql("insert into notification_digest_run (digest_day, started_at) values (?, ?)")
					.params(LocalDate.ofInstant(now, ZoneOffset.UTC).toString(), Timestamp.from(now)).update();
		}
		catch (DuplicateKeyException queuedElsewhere) {
			return false;
		}
		queueDigests(now);
		return true;
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
