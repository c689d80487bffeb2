package io.postgate.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.publishing.ChannelAdmin;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.PublicationSummary;
import io.postgate.publishing.Publishing;
import io.postgate.publishing.WebhookReceiver;
import io.postgate.publishing.WebhookReceiver.Received;
import io.postgate.publishing.WebhookReceiver.Reply;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.postgate.workflow.ProcessVariables.SERVICE_TASK_PUBLISH;
import static io.postgate.workflow.ProcessVariables.TASK_EDITORIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publish step against a real signed-webhook receiver on 127.0.0.1: one post per destination however the
 * remote side fails, 4xx failing fast to an incident, and per-destination retries.
 */
@PostgateIntegrationTest
class WebhookPublishingIntegrationTests {

	private static final String EDITOR = "editor1";
	private static final String REVIEWER = "reviewer1";
	private static final String ADMIN = "admin";
	/** Only this class points these platforms at webhooks, and puts them back to the outbox after each test. */
	private static final String PLATFORM = "facebook";
	private static final String OTHER_PLATFORM = "instagram";
	private static final String SECRET = "facebook-hook-secret-for-tests";
	private static final Duration ASYNC_STEP = Duration.ofSeconds(120);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Contents contents;

	@Autowired
	Publishing publishing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApprovalJourney journey;
	ChannelAdmin channels;
	final List<WebhookReceiver> receivers = new ArrayList<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		channels = new ChannelAdmin(mvc, json);
	}

	@AfterEach
	void backToTheOutbox() throws Exception {
		channels.useOutbox(PLATFORM);
		channels.useOutbox(OTHER_PLATFORM);
		receivers.forEach(WebhookReceiver::close);
	}

	@Test
	void approvedPostIsSentOnceSignedSoTheReceiverCanVerifyIt() throws Exception {
		WebhookReceiver receiver = receiverFor(PLATFORM, 5000);

		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		journey.awaitEnded(instance);

		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		Received received = receiver.requests().get(0);
		assertThat(receiver.requests()).hasSize(1);
		assertThat(received.signatureValid()).isTrue();
		assertThat(received.idempotencyKey()).isEqualTo(contentId + ":1:" + PLATFORM);
		assertThat(received.body().get("contentId").asText()).isEqualTo(contentId);
		assertThat(received.body().get("revision").asInt()).isEqualTo(1);
		assertThat(received.body().get("platform").asText()).isEqualTo(PLATFORM);
		assertThat(received.body().get("title").asText()).isEqualTo("Spring tea tasting");
		assertThat(received.body().get("body").asText()).startsWith("Join our tea masters");
		assertThat(received.body().get("attachmentHashes").isArray()).isTrue();
		assertThat(received.body().get("fingerprint").asText()).isEqualTo(contents.facts(contentId).approvedFingerprint());
		Delivery delivery = delivery(contentId, PLATFORM);
		assertThat(delivery.state()).isEqualTo(Delivery.PUBLISHED);
		assertThat(delivery.remoteId()).isEqualTo(receiver.posts().get(received.idempotencyKey()));
		assertThat(delivery.remoteUrl()).isEqualTo("https://social.example/p/" + delivery.remoteId());
		assertThat(delivery.attempts()).isEqualTo(1);
	}

	@Test
	void serverErrorIsRetriedAndTheReceiverGetsOnePost() throws Exception {
		WebhookReceiver receiver = receiverFor(PLATFORM, 5000).answer(Reply.SERVER_ERROR);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Job job = journey.awaitFailedJob(instance, SERVICE_TASK_PUBLISH);
		assertThat(job.getRetries()).as("a 5xx is worth retrying").isPositive();
		assertThat(journey.incidents(instance)).isEmpty();
		assertThat(delivery(contentId, PLATFORM).state()).isEqualTo("FAILED");
		assertThat(delivery(contentId, PLATFORM).lastError()).contains("answered 503");

		management.executeJob(job.getId());

		journey.awaitEnded(instance);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(receiver.requests()).extracting(Received::idempotencyKey).containsExactly(contentId + ":1:" + PLATFORM,
				contentId + ":1:" + PLATFORM);
		assertThat(receiver.posts()).hasSize(1);
		assertThat(delivery(contentId, PLATFORM).state()).isEqualTo(Delivery.PUBLISHED);
		assertThat(delivery(contentId, PLATFORM).attempts()).isEqualTo(2);
	}

	@Test
	void timeoutAfterTheRemoteAcceptedIsRetriedWithoutASecondPost() throws Exception {
		WebhookReceiver receiver = receiverFor(PLATFORM, 1000).answer(Reply.ACCEPT_THEN_HANG);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Job job = journey.awaitFailedJob(instance, SERVICE_TASK_PUBLISH);
		assertThat(job.getRetries()).as("a timeout is worth retrying").isPositive();
		assertThat(receiver.posts()).as("the remote side has the post already").hasSize(1);
		assertThat(delivery(contentId, PLATFORM).lastError()).contains("HttpTimeoutException");
		receiver.release();

		management.executeJob(job.getId());

		journey.awaitEnded(instance);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(receiver.requests()).hasSize(2).extracting(Received::idempotencyKey).containsOnly(contentId + ":1:" + PLATFORM);
		assertThat(receiver.posts()).hasSize(1);
		assertThat(delivery(contentId, PLATFORM).remoteId()).isEqualTo(receiver.posts().values().iterator().next());
	}

	@Test
	void clientErrorFailsFastToPublishFailedWithAnIncidentAndAnAdminRetryPublishes() throws Exception {
		WebhookReceiver receiver = receiverFor(PLATFORM, 5000).answer(Reply.CLIENT_ERROR);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();

		Incident incident = journey.awaitIncident(instance);
		assertThat(incident.getActivityId()).isEqualTo(SERVICE_TASK_PUBLISH);
		assertThat(incident.getIncidentMessage()).contains("answered 422");
		assertThat(management.createJobQuery().jobId(incident.getConfiguration()).singleResult().getRetries()).isZero();
		assertThat(receiver.requests()).as("no retries for a 4xx").hasSize(1);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISH_FAILED);
		assertThat(delivery(contentId, PLATFORM).state()).isEqualTo("FAILED");

		journey.retryPublishing(ADMIN, contentId).andExpect(status().isOk()).andExpect(jsonPath("$.jobsRetried").value(1));

		journey.awaitEnded(instance);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(receiver.requests()).hasSize(2);
		assertThat(receiver.posts()).hasSize(1);
	}

	@Test
	void whenOneDestinationFailsTheOtherIsPublishedAndTheRetryResendsOnlyTheFailedOne() throws Exception {
		WebhookReceiver working = receiverFor(PLATFORM, 5000);
		WebhookReceiver failing = receiverFor(OTHER_PLATFORM, 5000).answer(Reply.CLIENT_ERROR);
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM, OTHER_PLATFORM));
		String contentId = instance.getBusinessKey();

		journey.awaitIncident(instance);
		await("the working destination published").atMost(ASYNC_STEP)
				.until(() -> publishing.deliveries(contentId).stream().anyMatch(d -> d.platform().equals(PLATFORM) && d.state().equals(Delivery.PUBLISHED)));
		assertThat(delivery(contentId, OTHER_PLATFORM).state()).isEqualTo("FAILED");
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISH_FAILED);
		assertThat(working.posts()).hasSize(1);
		assertThat(failing.posts()).isEmpty();
		PublicationSummary partial = publishing.publication(contentId).orElseThrow();
		assertThat(partial.state()).isEqualTo(PublicationSummary.State.PARTIALLY_PUBLISHED);
		assertThat(partial.destinations()).extracting(PublicationSummary.Destination::platform, PublicationSummary.Destination::state)
				.containsExactly(tuple(PLATFORM, Delivery.PUBLISHED), tuple(OTHER_PLATFORM, Delivery.FAILED));

		journey.retryPublishing(ADMIN, contentId).andExpect(status().isOk()).andExpect(jsonPath("$.jobsRetried").value(1));

		journey.awaitEnded(instance);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(working.requests()).as("the published destination is not sent again").hasSize(1);
		assertThat(failing.requests()).hasSize(2);
		assertThat(failing.posts()).hasSize(1);
		assertThat(publishing.deliveries(contentId)).extracting(Delivery::platform, Delivery::state)
				.containsExactlyInAnyOrder(tuple(PLATFORM, Delivery.PUBLISHED),
						tuple(OTHER_PLATFORM, Delivery.PUBLISHED));
		assertThat(publishing.publication(contentId).orElseThrow().state()).isEqualTo(PublicationSummary.State.PUBLISHED);
	}

	@Test
	void aChannelWhoseUrlIsNoLongerAllowedFailsFastWithoutCallingIt() throws Exception {
		WebhookReceiver receiver = receiverFor(PLATFORM, 5000);
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		// the admin API refuses loopback without the flag, so only a row changed behind its back can get here
		jdbcRevokeLoopback(PLATFORM);
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		Incident incident = journey.awaitIncident(instance);
		assertThat(incident.getIncidentMessage()).contains("loopback");
		assertThat(receiver.requests()).isEmpty();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISH_FAILED);

		channels.useLocalWebhook(PLATFORM, receiver.url(), SECRET, 5000);
		journey.retryPublishing(ADMIN, contentId).andExpect(status().isOk());
		journey.awaitEnded(instance);
		assertThat(receiver.posts()).hasSize(1);
	}

	// --- helpers ----------------------------------------------------------------------------------------------

	private void jdbcRevokeLoopback(String platform) {
		jdbc.sql("update channel set allow_loopback = ? where platform = ?").params(false, platform).update();
	}

	private WebhookReceiver receiverFor(String platform, long timeoutMillis) throws Exception {
		WebhookReceiver receiver = new WebhookReceiver(SECRET, json);
		receivers.add(receiver);
		channels.useLocalWebhook(platform, receiver.url(), SECRET, timeoutMillis);
		return receiver;
	}

	private Delivery delivery(String contentId, String platform) {
		return publishing.deliveries(contentId).stream().filter(d -> d.platform().equals(platform)).findFirst()
				.orElseThrow(() -> new AssertionError("no delivery of " + contentId + " to " + platform));
	}
}
