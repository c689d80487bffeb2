package io.postgate.notification;

import io.postgate.identity.UserAccount;
import io.postgate.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes notifications (and queued e-mails) in the transaction of the event that caused them; the live
 * push to open bells happens only after that transaction committed.
 */
@Service
class Notifications {

	private final JdbcClient jdbc;
	private final UserDirectory users;
	private final PreferenceStore preferences;
	private final MailOutbox mail;
	private final NotificationStream stream;
	private final NotificationProperties properties;
	private final Clock clock;

	Notifications(JdbcClient jdbc, UserDirectory users, PreferenceStore preferences, MailOutbox mail, NotificationStream stream,
			NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.preferences = preferences;
		this.mail = mail;
		this.stream = stream;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void notify(Collection<String> recipients, NotificationKind kind, String contentId, String title) {
		List<Notification> created = new ArrayList<>();
		for (String recipient : recipients) {
			Optional<UserAccount> account = users.find(recipient).filter(UserAccount::enabled);
			if (account.isEmpty()) {
				continue;
			}
			Notification notification = new Notification(UUID.randomUUID().toString(), recipient, kind, contentId, truncate(title, 500),
					clock.instant(), null);
			jdbc.sql("insert into notification (id, recipient, kind, content_id, title, created_at) values (?, ?, ?, ?, ?, ?)")
					.params(notification.id(), recipient, kind.name(), contentId, notification.title(), Timestamp.from(notification.createdAt()))
					.update();
			Preferences chosen = preferences.of(recipient);
			if (chosen.delivery() == Delivery.EMAIL && chosen.email() != null) {
				mail.enqueue(recipient, chosen.email(), MailTemplates.single(notification, account.get().locale(), properties.baseUrl()));
			}
			created.add(notification);
		}
		afterCommit(() -> created.forEach(stream::push));
	}

	@Transactional(readOnly = true)
	List<Notification> of(String recipient, int limit) {
		return jdbc.sql("select * from notification where recipient = ? order by seq desc limit ?").params(recipient, limit)
				.query(Notifications::row).list();
	}

	@Transactional(readOnly = true)
	List<Notification> unreadSince(String recipient, Instant since) {
		return jdbc.sql("select * from notification where recipient = ? and read_at is null and created_at > ? order by seq")
				.params(recipient, Timestamp.from(since)).query(Notifications::row).list();
	}

	/** The recipients' notifications created at or after {@code since}, oldest first. */
	@Transactional(readOnly = true)
	List<Notification> createdSince(Collection<String> recipients, Instant since) {
		return jdbc.sql("select * from notification where recipient in (:recipients) and created_at >= :since order by seq")
				.param("recipients", recipients).param("since", Timestamp.from(since)).query(Notifications::row).list();
	}

	@Transactional(readOnly = true)
	long unread(String recipient) {
		return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(recipient).query(Long.class).single();
	}

	/** Marks one of the recipient's notifications as read; false if they have no such notification. */
	@Transactional
	boolean markRead(String recipient, String id) {
		int matched = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient = ?")
				.params(Timestamp.from(clock.instant()), id, recipient).update();
		return matched > 0;
	}

	@Transactional
	int markAllRead(String recipient) {
		return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
				.params(Timestamp.from(clock.instant()), recipient).update();
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private static Notification row(ResultSet rs, int row) throws SQLException {
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Notification(rs.getString("id"), rs.getString("recipient"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("content_id"), rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
				readAt == null ? null : readAt.toInstant());
	}

	private static String truncate(String text, int length) {
		String safe = text == null ? "" : text;
		return safe.length() <= length ? safe : safe.substring(0, length);
	}
}
