package io.postgate.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.identity.UserDirectory;
import io.postgate.workflow.ApprovalJourney;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class NotificationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Contents contents;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ApprovalJourney journey;
	Inbox inbox;
	String owner;

	@BeforeEach
	void setUp() {
		inbox = new Inbox(mvc, json);
		owner = TestUsers.editor(users, "ntreader", "en");
	}

	@Test
	void listsTheCallersNotificationsNewestFirstAndMarksThemRead() throws Exception {
		mvc.perform(post("/api/notifications/read-all").with(httpBasic(owner, TestUsers.PASSWORD))).andExpect(status().isOk());
		String first = failedPublishing();
		String second = failedPublishing();

		JsonNode list = inbox.of(owner);
		assertThat(list.get("unread").asLong()).isEqualTo(2);
		assertThat(list.get("items").get(0).get("contentId").asText()).isEqualTo(second);
		assertThat(list.get("items").get(1).get("contentId").asText()).isEqualTo(first);
		String newest = list.get("items").get(0).get("id").asText();

		mvc.perform(post("/api/notifications/{id}/read", newest).with(httpBasic(owner, TestUsers.PASSWORD))).andExpect(status().isNoContent());
		JsonNode afterOne = inbox.of(owner);
		assertThat(afterOne.get("unread").asLong()).isEqualTo(1);
		assertThat(afterOne.get("items").get(0).get("read").asBoolean()).isTrue();
		assertThat(afterOne.get("items").get(1).get("read").asBoolean()).isFalse();

		mvc.perform(post("/api/notifications/read-all").with(httpBasic(owner, TestUsers.PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.marked").value(1));
		assertThat(inbox.of(owner).get("unread").asLong()).isZero();
	}

	@Test
	void nobodyCanMarkSomeoneElsesNotification() throws Exception {
		failedPublishing();
		String theirs = inbox.of(owner).get("items").get(0).get("id").asText();

		mvc.perform(post("/api/notifications/{id}/read", theirs).with(httpBasic("reviewer1", TestUsers.PASSWORD)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/notifications/{id}/read", UUID.randomUUID()).with(httpBasic(owner, TestUsers.PASSWORD)))
				.andExpect(status().isNotFound());
		assertThat(inbox.of(owner).get("items").get(0).get("read").asBoolean()).isFalse();
	}

	@Test
	void malformedRequestsNameTheField() throws Exception {
		mvc.perform(post("/api/notifications/{id}/read", "not-an-id").with(httpBasic(owner, TestUsers.PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("id")));
		mvc.perform(get("/api/notifications").param("limit", "0").with(httpBasic(owner, TestUsers.PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("limit")));
		mvc.perform(put("/api/me/notification-preferences").with(httpBasic(owner, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"delivery\":\"PIGEON\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("delivery")));
		mvc.perform(put("/api/me/notification-preferences").with(httpBasic(owner, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"delivery\":\"EMAIL\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("email")));
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		// A browser session with a valid CSRF token but nobody signed in (spring-security-test's csrf() would
		// replace the shared filter chain's token repository for every later test).
		BrowserSession anonymous = BrowserSession.anonymous(mvc);
		mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/notifications/{id}/read", UUID.randomUUID()).with(anonymous.csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/notifications/read-all").with(anonymous.csrf())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me/notification-preferences")).andExpect(status().isUnauthorized());
	}

	@Test
	void preferencesAreKeptPerUser() throws Exception {
		String user = TestUsers.editor(users, "ntprefs", "zh-CN");
		mvc.perform(put("/api/me/notification-preferences").with(httpBasic(user, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"delivery\":\"DAILY_DIGEST\",\"email\":\"prefs@example.org\"}")).andExpect(status().isOk());

		mvc.perform(get("/api/me/notification-preferences").with(httpBasic(user, TestUsers.PASSWORD)))
				.andExpect(jsonPath("$.delivery").value("DAILY_DIGEST")).andExpect(jsonPath("$.email").value("prefs@example.org"));
		mvc.perform(get("/api/me/notification-preferences").with(httpBasic(owner, TestUsers.PASSWORD)))
				.andExpect(jsonPath("$.delivery").value("IN_APP"));
	}

	@Test
	void openStreamReceivesANewNotificationOnceAsItIsCreated() throws Exception {
		String listener = TestUsers.editor(users, "ntlistener", "en");
		try (EventStream stream = EventStream.open(port, listener, TestUsers.PASSWORD)) {
			String contentId = journey.createDraft(listener, Draft.clean("linkedin"));
			journey.withdraw(listener, contentId).andExpect(status().isOk());
			contents.moveTo(contentId, ContentStatus.PUBLISH_FAILED);

			await("pushed notification").atMost(Duration.ofSeconds(30))
					.until(() -> stream.lines().stream().anyMatch(line -> line.startsWith("data:") && line.contains(contentId) && line.contains("PUBLISH_FAILED")));
			assertThat(stream.lines()).contains("event:notification");
			// The cluster relay also finds it in the database: it must not be pushed a second time.
			await("pushed once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> stream.eventsWith(contentId) == 1);
		}
	}

	@Test
	void openStreamReceivesANotificationCommittedByAnotherNode() {
		String listener = TestUsers.editor(users, "ntcluster", "en");
		try (EventStream stream = EventStream.open(port, listener, TestUsers.PASSWORD)) {
			String id = UUID.randomUUID().toString();
			jdbc.sql("insert into notification (id, recipient, kind, content_id, title, created_at) values (?, ?, 'PUBLISHED', null, ?, ?)")
					.params(id, listener, "Published by the other node", Timestamp.from(Instant.now())).update();

			await("relayed notification").atMost(Duration.ofSeconds(30)).until(() -> stream.eventsWith(id) == 1);
			await("relayed once").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> stream.eventsWith(id) == 1);
		}
	}

	private String failedPublishing() throws Exception {
		String contentId = journey.createDraft(owner, Draft.clean("linkedin"));
		journey.withdraw(owner, contentId).andExpect(status().isOk());
		contents.moveTo(contentId, ContentStatus.PUBLISH_FAILED);
		return contentId;
	}
}
