package io.postgate.notification;

import io.postgate.notification.MailTemplates.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * E-mails are written to {@code notification_mail} in the transaction of the event and sent by a
 * scheduled poller, so a slow or broken SMTP server never holds up the workflow; a failed send is retried
 * with doubling back-off until {@code mailMaxAttempts}. Without {@code spring.mail.host} nothing is queued.
 * Every node of a cluster polls; before sending, a node claims the e-mail by moving its next attempt past
 * {@link #CLAIM}, which succeeds for one node only. A node that dies while sending leaves the claim to expire, and the
 * e-mail is sent again then (at least once, as SMTP gives no idempotency).
 */
@Component
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** Longer than one send can take (connect, write and read timeouts of 5 + 10 + 10 s). */
	static final Duration CLAIM = Duration.ofMinutes(2);

	record PendingMail(String id, String address, String subject, String body, int attempts, Timestamp nextAttemptAt) {
	}

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> sender;
	private final NotificationProperties properties;
	private final Clock clock;

	MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	boolean enabled() {
		return sender.getIfAvailable() != null;
	}

	void enqueue(String recipient, String address, Mail mail) {
		if (!enabled()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("insert into notification_mail (id, recipient, address, subject, body, attempts, next_attempt_at, created_at) "
				+ "values (?, ?, ?, ?, ?, 0, ?, ?)")
				.params(UUID.randomUUID().toString(), recipient, address, truncate(mail.subject(), 500), mail.body(), now, now).update();
	}

	@Scheduled(fixedDelayString = "${postgate.notification.mail-poll:PT2S}")
	void sendDue() {
		sendDue(clock.instant());
	}

	/** Sends every unsent e-mail whose next attempt is due at {@code now}; returns how many were sent. */
	synchronized int sendDue(Instant now) {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return 0;
		}
		List<PendingMail> due = jdbc.sql("select id, address, subject, body, attempts, next_attempt_at from notification_mail "
				+ "where sent_at is null and attempts < ? and next_attempt_at <= ? order by next_attempt_at")
				.params(properties.mailMaxAttempts(), Timestamp.from(now))
				.query((rs, row) -> new PendingMail(rs.getString("id"), rs.getString("address"), rs.getString("subject"), rs.getString("body"),
						rs.getInt("attempts"), rs.getTimestamp("next_attempt_at")))
				.list();
		int sent = 0;
		for (PendingMail mail : due) {
			if (!claim(mail, now)) {
				continue;
			}
			try {
				mailSender.send(message(mailSender, mail));
				jdbc.sql("update notification_mail set sent_at = ?, attempts = ?, last_error = null where id = ?")
						.params(Timestamp.from(clock.instant()), mail.attempts() + 1, mail.id()).update();
				sent++;
			}
			catch (MailException | MessagingException failure) {
				Duration backOff = properties.mailRetryDelay().multipliedBy(1L << Math.min(mail.attempts(), 16));
				log.warn("e-mail {} not sent (attempt {}), retrying after {}: {}", mail.id(), mail.attempts() + 1, backOff, failure.getMessage());
				jdbc.sql("update notification_mail set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
						.params(mail.attempts() + 1, Timestamp.from(now.plus(backOff)), truncate(String.valueOf(failure.getMessage()), 1000), mail.id())
						.update();
			}
		}
		return sent;
	}

	private boolean claim(PendingMail mail, Instant now) {
		return jdbc.sql("update notification_mail set next_attempt_at = ? where id = ? and sent_at is null and attempts = ? and next_attempt_at = ?")
				.params(Timestamp.from(now.plus(CLAIM)), mail.id(), mail.attempts(), mail.nextAttemptAt()).update() == 1;
	}

	private MimeMessage message(JavaMailSender mailSender, PendingMail mail) throws MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(properties.mailFrom());
		helper.setTo(mail.address());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		return message;
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
