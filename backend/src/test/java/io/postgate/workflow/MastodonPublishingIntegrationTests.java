package io.postgate.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.publishing.ChannelAdmin;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.MastodonServer;
import io.postgate.publishing.MastodonServer.Reply;
import io.postgate.publishing.MastodonServer.StatusRequest;
import io.postgate.publishing.Publishing;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static io.postgate.workflow.ProcessVariables.SERVICE_TASK_PUBLISH;
import static io.postgate.workflow.ProcessVariables.TASK_EDITORIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publish step against a Mastodon-compatible server on 127.0.0.1 that checks the bearer token and honours
 * Idempotency-Key: media uploaded first, one status per destination however the server fails, 4xx failing fast.
 */
@PostgateIntegrationTest
class MastodonPublishingIntegrationTests {

	private static final String EDITOR = "editor1";
	private static final String REVIEWER = "reviewer1";
	/** Only this class points this platform at Mastodon, and puts it back to the outbox after each test. */
	private static final String PLATFORM = "x";
	private static final String TOKEN = "mastodon-access-token-for-tests";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Publishing publishing;

	@Autowired
	ApprovalJourney journey;
	ChannelAdmin channels;
	final List<MastodonServer> servers = new ArrayList<>();

	@BeforeEach
	void setUp() {
		channels = new ChannelAdmin(mvc, json);
	}

	@AfterEach
	void backToTheOutbox() throws Exception {
		channels.useOutbox(PLATFORM);
		servers.forEach(MastodonServer::close);
	}

	@Test
	void approvedPostUploadsItsMediaThenPostsOneStatusWithTheTokenAndKeepsTheRemoteIdAndUrl() throws Exception {
		MastodonServer server = serverFor(5000);
		byte[] photo = ApprovalJourney.png(1);
		String contentId = journey.createDraft(EDITOR, Draft.clean(PLATFORM));
		journey.attach(EDITOR, contentId, photo, "tea.png").andExpect(status().isCreated());
		journey.submit(EDITOR, contentId).andExpect(status().isOk());
		ProcessInstance instance = journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		journey.awaitEnded(instance);

		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(server.uploads()).hasSize(1);
		assertThat(server.uploads().get(0).fileName()).isEqualTo("tea.png");
		assertThat(server.uploads().get(0).contentType()).isEqualTo("image/png");
		assertThat(server.uploads().get(0).bytes()).isEqualTo(photo);
		StatusRequest request = server.statusRequests().get(0);
		assertThat(server.statusRequests()).hasSize(1);
		assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
		assertThat(request.idempotencyKey()).isEqualTo(contentId + ":1:" + PLATFORM);
		assertThat(request.body().get("status").asText()).startsWith("Spring tea tasting\n\nJoin our tea masters");
		assertThat(request.body().get("media_ids").get(0).asText()).isEqualTo("media-1");
		Delivery delivery = delivery(contentId);
		assertThat(delivery.state()).isEqualTo(Delivery.PUBLISHED);
		assertThat(delivery.remoteId()).isEqualTo(server.statuses().get(request.idempotencyKey()));
		assertThat(delivery.remoteUrl()).isEqualTo("https://social.example/@postgate/" + delivery.remoteId());
	}

	@Test
	void mediaTheServerIsStillProcessingIsAwaitedBeforeTheStatusReferencesIt() throws Exception {
		MastodonServer server = serverFor(5000).processMediaAsynchronously(2);
		String contentId = journey.createDraft(EDITOR, Draft.clean(PLATFORM));
		journey.attach(EDITOR, contentId, ApprovalJourney.png(2), "tea.png").andExpect(status().isCreated());
		journey.submit(EDITOR, contentId).andExpect(status().isOk());
		ProcessInstance instance = journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		journey.awaitEnded(instance);

		assertThat(server.uploads()).hasSize(1);
		assertThat(server.statusRequests()).hasSize(1);
		assertThat(server.statusRequests().get(0).body().get("media_ids").get(0).asText()).isEqualTo("media-1");
		assertThat(server.statuses()).hasSize(1);
	}

	@Test
	void serverErrorIsRetriedAndTheAccountShowsOneStatus() throws Exception {
		MastodonServer server = serverFor(5000).answer(Reply.SERVER_ERROR);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Job job = journey.awaitFailedJob(instance, SERVICE_TASK_PUBLISH);
		assertThat(job.getRetries()).as("a 5xx is worth retrying").isPositive();
		assertThat(delivery(contentId).lastError()).contains("answered 503");
		management.executeJob(job.getId());

		journey.awaitEnded(instance);
		assertThat(server.statusRequests()).hasSize(2).extracting(StatusRequest::idempotencyKey).containsOnly(contentId + ":1:" + PLATFORM);
		assertThat(server.statuses()).hasSize(1);
		assertThat(delivery(contentId).state()).isEqualTo(Delivery.PUBLISHED);
	}

	@Test
	void tooManyRequestsIsRetriedRatherThanFailingFast() throws Exception {
		serverFor(5000).answer(Reply.TOO_MANY_REQUESTS);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));

		Job job = journey.awaitFailedJob(instance, SERVICE_TASK_PUBLISH);

		assertThat(job.getRetries()).as("429 is a 4xx that a later try can pass").isPositive();
		assertThat(journey.incidents(instance)).isEmpty();
		management.executeJob(job.getId());
		journey.awaitEnded(instance);
	}

	@Test
	void timeoutAfterTheServerAcceptedIsRetriedWithoutASecondStatus() throws Exception {
		MastodonServer server = serverFor(1000).answer(Reply.ACCEPT_THEN_HANG);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Job job = journey.awaitFailedJob(instance, SERVICE_TASK_PUBLISH);
		assertThat(server.statuses()).as("the server created the status already").hasSize(1);
		assertThat(delivery(contentId).lastError()).contains("HttpTimeoutException");
		server.release();
		management.executeJob(job.getId());

		journey.awaitEnded(instance);
		assertThat(server.statusRequests()).hasSize(2);
		assertThat(server.statuses()).hasSize(1);
		assertThat(delivery(contentId).remoteId()).isEqualTo(server.statuses().values().iterator().next());
	}

	@Test
	void clientErrorFailsFastToAnIncidentWithoutRetrying() throws Exception {
		MastodonServer server = serverFor(5000).answer(Reply.CLIENT_ERROR);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Incident incident = journey.awaitIncident(instance);

		assertThat(incident.getActivityId()).isEqualTo(SERVICE_TASK_PUBLISH);
		assertThat(incident.getIncidentMessage()).contains("answered 422");
		assertThat(server.statusRequests()).as("no retries for a 4xx").hasSize(1);
		assertThat(server.statuses()).isEmpty();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISH_FAILED);
		assertThat(delivery(contentId).state()).isEqualTo(Delivery.FAILED);
	}

	@Test
	void aRevokedTokenFailsFastAndTheTokenNeverShowsInTheError() throws Exception {
		MastodonServer server = new MastodonServer("the-new-token", json);
		servers.add(server);
		channels.useLocalMastodon(PLATFORM, server.baseUrl(), TOKEN, 5000);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));

		Incident incident = journey.awaitIncident(instance);

		assertThat(incident.getIncidentMessage()).contains("answered 401").doesNotContain(TOKEN);
		assertThat(delivery(instance.getBusinessKey()).lastError()).doesNotContain(TOKEN);
		assertThat(server.statuses()).isEmpty();
	}

	private MastodonServer serverFor(long timeoutMillis) throws Exception {
		MastodonServer server = new MastodonServer(TOKEN, json);
		servers.add(server);
		channels.useLocalMastodon(PLATFORM, server.baseUrl(), TOKEN, timeoutMillis);
		return server;
	}

	private Delivery delivery(String contentId) {
		return publishing.deliveries(contentId).stream().filter(d -> d.platform().equals(PLATFORM)).findFirst()
				.orElseThrow(() -> new AssertionError("no delivery of " + contentId + " to " + PLATFORM));
	}
}
