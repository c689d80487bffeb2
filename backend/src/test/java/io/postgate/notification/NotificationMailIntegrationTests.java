package io.postgate.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.publishing.FreezeAdmin;
import io.postgate.workflow.ApprovalJourney;
import io.postgate.workflow.ApprovalJourney.Draft;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sends notification e-mails to a real SMTP server (GreenMail) on the port that surefire gives the
 * application as {@code spring.mail.port}.
 */
@PostgateIntegrationTest
class NotificationMailIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Contents contents;

	@Autowired
	UserDirectory users;

	@Autowired
	MailOutbox outbox;

	@Autowired
	DailyDigest digest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	NotificationProperties properties;

	@Autowired
	Notifications notifications;

	@Autowired
	PreferenceStore preferences;

	@Autowired
	ApprovalJourney journey;
	GreenMail smtp;

	@BeforeEach
	void setUp() {
		smtp = startSmtp();
	}

	@AfterEach
	void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void eMailArrivesInTheRecipientsLanguageWithALinkToTheItem() throws Exception {
		String english = mailUser("ntmailen", "en", Delivery.EMAIL);
		String chinese = mailUser("ntmailzh", "zh-CN", Delivery.EMAIL);

		String englishItem = failedPublishing(english);
		String chineseItem = failedPublishing(chinese);

		MimeMessage toEnglish = awaitMailTo(english);
		assertThat(toEnglish.getSubject()).isEqualTo("[Postgate] Publishing failed: Spring tea tasting");
		assertThat((String) toEnglish.getContent()).contains("Open: http://localhost:8080/contents/" + englishItem);
		MimeMessage toChinese = awaitMailTo(chinese);
		assertThat(toChinese.getSubject()).isEqualTo("[Postgate] 发布失败：Spring tea tasting");
		assertThat((String) toChinese.getContent()).contains("打开：http://localhost:8080/contents/" + chineseItem);
	}

	@Test
	void inAppOnlyUsersGetNoEMail() throws Exception {
		String quiet = mailUser("ntmailquiet", "en", Delivery.IN_APP);

		failedPublishing(quiet);

		assertThat(unsentOrSentTo(quiet)).isZero();
	}

	@Test
	void eMailThatFailsIsRetriedWithBackOffUntilTheServerAcceptsIt() throws Exception {
		String recipient = mailUser("ntmailretry", "en", Delivery.EMAIL);
		smtp.stop();
		smtp = null;

		failedPublishing(recipient);
		outbox.sendDue(Instant.now());

		record Attempt(int attempts, boolean sent, Instant nextAttemptAt, String lastError) {
		}
		Attempt attempt = jdbc.sql("select attempts, sent_at, next_attempt_at, last_error from notification_mail where recipient = ?")
				.param(recipient).query((rs, row) -> new Attempt(rs.getInt("attempts"), rs.getTimestamp("sent_at") != null,
						rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error")))
				.single();
		assertThat(attempt.attempts()).isEqualTo(1);
		assertThat(attempt.sent()).isFalse();
		assertThat(attempt.lastError()).isNotBlank();
		assertThat(attempt.nextAttemptAt()).isAfter(Instant.now().plusSeconds(30));

		smtp = startSmtp();
		assertThat(outbox.sendDue(Instant.now().plus(Duration.ofHours(1)))).isEqualTo(1);

		assertThat(awaitMailTo(recipient).getSubject()).startsWith("[Postgate] Publishing failed");
		assertThat(jdbc.sql("select attempts from notification_mail where recipient = ? and sent_at is not null").param(recipient)
				.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void digestUsersGetOneDailyEMailListingTheirUnreadNotifications() throws Exception {
		String reader = mailUser("ntmaildigest", "zh-CN", Delivery.DAILY_DIGEST);
		String first = failedPublishing(reader);
		String second = failedPublishing(reader);
		assertThat(unsentOrSentTo(reader)).as("no e-mail per notification").isZero();

		digest.queueDigests(Instant.now().plusSeconds(1));

		MimeMessage daily = awaitMailTo(reader);
		assertThat(daily.getSubject()).isEqualTo("[Postgate] 每日摘要：2 条通知");
		assertThat((String) daily.getContent()).contains("/contents/" + first, "/contents/" + second);
	}

	@Test
	void aFreezeIsMailedToComplianceOfficersInTheirLanguage() throws Exception {
		String officer = mailUser(TestUsers.withRole(users, "ntmailfreeze", "zh-CN", Role.COMPLIANCE), "zh-CN", Delivery.EMAIL);
		FreezeAdmin freezes = new FreezeAdmin(mvc, json);

		freezes.freeze("admin", "bilibili", "服务器维护").andExpect(status().isCreated());
		try {
			MimeMessage mail = awaitMailTo(officer);
			assertThat(mail.getSubject()).isEqualTo("[Postgate] 发布已冻结：bilibili（服务器维护）");
			assertThat((String) mail.getContent()).contains("打开：http://localhost:8080/");
		}
		finally {
			freezes.lift("admin", "bilibili").andExpect(status().isNoContent());
		}
	}

	@Test
	void twoNodesPollingTheOutboxTogetherSendEachEMailOnce() throws Exception {
		String recipient = mailUser("ntmailcluster", "en", Delivery.EMAIL);
		MailOutbox otherNode = new MailOutbox(jdbc, mailSender, properties, Clock.systemUTC());
		failedPublishing(recipient);

		Instant now = Instant.now().plusSeconds(1);
		CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> outbox.sendDue(now));
		CompletableFuture<Integer> there = CompletableFuture.supplyAsync(() -> otherNode.sendDue(now));
		CompletableFuture.allOf(here, there).join();

		awaitMailTo(recipient);
		await("no second copy").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> mailsTo(recipient) == 1);
		assertThat(jdbc.sql("select attempts from notification_mail where recipient = ? and sent_at is not null").param(recipient)
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theDailyDigestIsQueuedByOneNodeOnly() {
		DailyDigest otherNode = new DailyDigest(notifications, preferences, users, outbox, properties, jdbc, Clock.systemUTC());
		Instant someDay = Instant.parse("2200-01-01T07:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(100_000)));

		assertThat(digest.runOnce(someDay)).isTrue();
		assertThat(otherNode.runOnce(someDay)).isFalse();
		assertThat(otherNode.runOnce(someDay.plus(Duration.ofDays(1)))).isTrue();
	}

	private long mailsTo(String username) {
		String address = username + "@example.org";
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains(address)).count();
	}

	private MimeMessage awaitMailTo(String username) {
		String address = username + "@example.org";
		return await("e-mail to " + address).atMost(DELIVERY).until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter(message -> recipients(message).contains(address)).findFirst().orElse(null), message -> message != null);
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (jakarta.mail.MessagingException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private long unsentOrSentTo(String username) {
		return jdbc.sql("select count(*) from notification_mail where recipient = ?").param(username).query(Long.class).single();
	}

	private String mailUser(String username, String locale, Delivery delivery) throws Exception {
		TestUsers.editor(users, username, locale);
		String email = delivery == Delivery.IN_APP ? "" : ",\"email\":\"" + username + "@example.org\"";
		mvc.perform(put("/api/me/notification-preferences").with(httpBasic(username, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"delivery\":\"" + delivery + "\"" + email + "}")).andExpect(status().isOk());
		jdbc.sql("delete from notification_mail where recipient = ?").param(username).update();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/notifications/read-all")
				.with(httpBasic(username, TestUsers.PASSWORD))).andExpect(status().isOk());
		return username;
	}

	private String failedPublishing(String owner) throws Exception {
		String contentId = journey.createDraft(owner, Draft.clean("linkedin"));
		journey.withdraw(owner, contentId).andExpect(status().isOk());
		contents.moveTo(contentId, ContentStatus.PUBLISH_FAILED);
		return contentId;
	}

	private static GreenMail startSmtp() {
		String port = System.getProperty("spring.mail.port");
		assertThat(port).as("spring.mail.port, set by surefire (backend/pom.xml)").isNotNull();
		GreenMail server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}
}
