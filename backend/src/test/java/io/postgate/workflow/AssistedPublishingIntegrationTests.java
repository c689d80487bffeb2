package io.postgate.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.publishing.ChannelAdmin;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.FreezeAdmin;
import io.postgate.publishing.PublicationSummary;
import io.postgate.publishing.Publishing;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.postgate.workflow.ProcessVariables.TASK_PUBLISH_BY_HAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assisted publishing: an assisted channel's destination becomes a "Publish by hand" task for the channel's group
 * with the exact copy pack; the person's proof (URL, screenshot, the text as published) completes it, and a text that
 * differs from the approved one is flagged on the delivery and in the audit trail.
 */
@PostgateIntegrationTest
class AssistedPublishingIntegrationTests {

	private static final String EDITOR = "editor1";
	private static final String REVIEWER = "reviewer1";
	/** An editor other than the author: the channel's group is the editors. */
	private static final String PUBLISHER = "lead1";
	private static final String PASSWORD = "demo";
	/** Only this class makes these platforms assisted, and puts them back to the outbox after each test. */
	private static final String PLATFORM = "xiaohongshu";
	private static final String OTHER_PLATFORM = "douyin";
	private static final String POST_URL = "https://www.xiaohongshu.com/explore/65f0c0de000000001203abcd";

	@Autowired
	MockMvc mvc;

	@Value("${postgate.publishing.proof-dir}")
	Path proofDir;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Contents contents;

	@Autowired
	Publishing publishing;

	@Autowired
	ApprovalJourney journey;
	ChannelAdmin channels;

	@BeforeEach
	void setUp() throws Exception {
		BpmnAwareTests.init(engine);
		channels = new ChannelAdmin(mvc, json);
		channels.useAssisted(PLATFORM, "editors");
	}

	@AfterEach
	void backToTheOutbox() throws Exception {
		channels.useOutbox(PLATFORM);
		channels.useOutbox(OTHER_PLATFORM);
	}

	@Test
	void anAssistedDestinationWaitsForThePublisherGroupWithTheCopyPackAndTheirProofPublishesIt() throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		journey.awaitWaitingAt(contentId, TASK_PUBLISH_BY_HAND);

		assertThat(instance).isWaitingAt(TASK_PUBLISH_BY_HAND);
		Task task = journey.task(contentId, TASK_PUBLISH_BY_HAND);
		assertThat(task).hasCandidateGroup("editors").isNotAssigned();
		assertThat(task.getDueDate()).isAfter(Instant.now().plus(Duration.ofHours(3))).isBefore(Instant.now().plus(Duration.ofHours(5)));
		assertThat(delivery(contentId).state()).isEqualTo(Delivery.AWAITING_PERSON);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHING);
		mvc.perform(get("/api/tasks").with(httpBasic(PUBLISHER, PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + task.getId() + "')].taskKey").value(TASK_PUBLISH_BY_HAND));

		JsonNode pack = json.readTree(mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(PUBLISHER, PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(pack.get("platform").asText()).isEqualTo(PLATFORM);
		assertThat(pack.get("accountName").asText()).isEqualTo("Postgate official");
		assertThat(pack.get("text").asText()).startsWith("Spring tea tasting\n\nJoin our tea masters");
		assertThat(pack.get("fingerprint").asText()).isEqualTo(contents.facts(contentId).approvedFingerprint());
		assertThat(pack.get("checks").findValuesAsText("check")).containsExactly("SCREENING", "EDITORIAL_REVIEW");
		assertThat(pack.get("checks").get(0).get("outcome").asText()).isEqualTo("NO_BLOCKING_FINDINGS");
		assertThat(pack.get("checks").get(1).get("by").asText()).isEqualTo(REVIEWER);

		String pastedFromTheApp = pack.get("text").asText().replace("\n", "\r\n") + "\r\n";
		byte[] screenshot = ApprovalJourney.png(41);
		recordProof(PUBLISHER, task.getId(), POST_URL, pastedFromTheApp, screenshot).andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value(Delivery.PUBLISHED)).andExpect(jsonPath("$.textMatches").value(true));

		journey.awaitEnded(instance);
		assertThat(instance).hasPassed(TASK_PUBLISH_BY_HAND, "end_destination_published", "end_published").isEnded();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		Delivery delivery = delivery(contentId);
		assertThat(delivery.remoteUrl()).isEqualTo(POST_URL);
		assertThat(delivery.recordedBy()).isEqualTo(PUBLISHER);
		assertThat(auditEvents(contentId)).contains("ManualPublicationRequested", "ManualPublicationRecorded").doesNotContain("PublishedTextMismatch");
		assertThat(delivery.proofSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(screenshot)));
		assertThat(delivery.proofMediaType()).isEqualTo("image/png");
	}

	@Test
	void theEvidencePackHoldsTheScreenshotOfAPostPublishedByHandAndSaysSoWhenTheStoreHasLostIt() throws Exception {
		byte[] screenshot = ApprovalJourney.png(42);
		String contentId = publishedByHandWith(screenshot);
		String proof = "proofs/" + PLATFORM + "-revision-1.png";

		Map<String, byte[]> pack = evidence(contentId);

		assertThat(pack.get(proof)).isEqualTo(screenshot);
		assertThat(new String(pack.get("summary.html"), StandardCharsets.UTF_8)).contains("published by hand by " + PUBLISHER, proof);

		Files.delete(proofDir.resolve(delivery(contentId).proofSha256()));
		Map<String, byte[]> withoutScreenshot = evidence(contentId);

		assertThat(withoutScreenshot).doesNotContainKey(proof);
		assertThat(new String(withoutScreenshot.get(proof + ".MISSING.txt"), StandardCharsets.UTF_8)).contains("not in the proof store");
	}

	@Test
	void theRecordedScreenshotIsServedToWhoeverMayReadTheItemAndIsGoneWhenTheStoreHasLostIt() throws Exception {
		byte[] screenshot = ApprovalJourney.png(43);
		String contentId = publishedByHandWith(screenshot);
		String proof = "/api/contents/{id}/revisions/{revision}/deliveries/{platform}/proof";

		for (String reader : List.of(EDITOR, "compliance1", "legal1")) {
			mvc.perform(get(proof, contentId, 1, PLATFORM).with(httpBasic(reader, PASSWORD))).andExpect(status().isOk())
					.andExpect(content().contentType("image/png")).andExpect(content().bytes(screenshot))
					.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + PLATFORM + "-revision-1.png\""))
					.andExpect(header().string(HttpHeaders.ETAG, "\"" + delivery(contentId).proofSha256() + "\""));
		}
		mvc.perform(get(proof, contentId, 1, PLATFORM)).andExpect(status().isUnauthorized());
		mvc.perform(get(proof, contentId, 2, PLATFORM).with(httpBasic(EDITOR, PASSWORD))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("no screenshot was recorded for " + PLATFORM + " in revision 2"));
		mvc.perform(get(proof, contentId, 1, "weibo").with(httpBasic(EDITOR, PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get(proof, contentId, "first", PLATFORM).with(httpBasic(EDITOR, PASSWORD))).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(proof, UUID.randomUUID(), 1, PLATFORM).with(httpBasic(EDITOR, PASSWORD))).andExpect(status().isNotFound());

		Files.delete(proofDir.resolve(delivery(contentId).proofSha256()));

		mvc.perform(get(proof, contentId, 1, PLATFORM).with(httpBasic(EDITOR, PASSWORD))).andExpect(status().isGone())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("is not in the proof store")));
	}

	@Test
	void aPublishedTextThatDiffersFromTheApprovedOneIsFlaggedOnTheDeliveryAndForCompliance() throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		Task task = taskWhenWaiting(contentId);

		recordProof(PUBLISHER, task.getId(), POST_URL, "Spring tea tasting\n\nJoin our tea masters this Saturday. 100% free!", ApprovalJourney.png(1))
				.andExpect(status().isOk()).andExpect(jsonPath("$.textMatches").value(false));

		journey.awaitEnded(instance);
		assertThat(delivery(contentId).textMatches()).isFalse();
		assertThat(auditEvents(contentId)).contains("PublishedTextMismatch");
		mvc.perform(get("/api/contents/{id}", contentId).with(httpBasic("compliance1", PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$.deliveries[0].textMatches").value(false));
	}

	@Test
	void onlyTheChannelsGroupSeesTheTaskAndTheProofIsValidatedFieldByField() throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		Task task = taskWhenWaiting(contentId);
		String text = copyPackText(task);

		mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(REVIEWER, PASSWORD))).andExpect(status().isNotFound());
		recordProof(REVIEWER, task.getId(), POST_URL, text, ApprovalJourney.png(1)).andExpect(status().isNotFound());
		recordProof(PUBLISHER, task.getId(), "javascript:alert(1)", text, ApprovalJourney.png(1)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("postUrl:")));
		recordProof(PUBLISHER, task.getId(), POST_URL, " ", ApprovalJourney.png(1)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("publishedText:")));
		recordProof(PUBLISHER, task.getId(), POST_URL, text, "not an image".getBytes()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("screenshot:")));

		assertThat(instance).isWaitingAt(TASK_PUBLISH_BY_HAND);
		assertThat(delivery(contentId).state()).isEqualTo(Delivery.AWAITING_PERSON);
		recordProof(PUBLISHER, task.getId(), POST_URL, text, ApprovalJourney.png(1)).andExpect(status().isOk());
		journey.awaitEnded(instance);
	}

	@Test
	void aPostToAnAutomaticAndAnAssistedChannelIsInProgressUntilThePersonRecordsTheProof() throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM, OTHER_PLATFORM));
		String contentId = instance.getBusinessKey();
		Task task = taskWhenWaiting(contentId);
		await("the outbox destination published").atMost(Duration.ofSeconds(120)).until(() -> publishing.deliveries(contentId).stream()
				.anyMatch(d -> d.platform().equals(OTHER_PLATFORM) && d.state().equals(Delivery.PUBLISHED)));

		mvc.perform(get("/api/tasks").param("platform", PLATFORM).with(httpBasic(PUBLISHER, PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + task.getId() + "')].platforms[0]").value(PLATFORM));
		mvc.perform(get("/api/tasks").param("platform", OTHER_PLATFORM).with(httpBasic(PUBLISHER, PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + task.getId() + "')]").isEmpty());
		PublicationSummary waiting = publishing.publication(contentId).orElseThrow();
		assertThat(waiting.state()).isEqualTo(PublicationSummary.State.IN_PROGRESS);
		assertThat(waiting.destinations()).extracting(PublicationSummary.Destination::platform, PublicationSummary.Destination::state)
				.containsExactly(tuple(OTHER_PLATFORM, Delivery.PUBLISHED), tuple(PLATFORM, Delivery.AWAITING_PERSON));

		String text = json.readTree(mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(PUBLISHER, PASSWORD)))
				.andReturn().getResponse().getContentAsString()).get("text").asText();
		recordProof(PUBLISHER, task.getId(), POST_URL, text, ApprovalJourney.png(1)).andExpect(status().isOk());
		journey.awaitEnded(instance);
		assertThat(publishing.publication(contentId).orElseThrow().state()).isEqualTo(PublicationSummary.State.PUBLISHED);
	}

	@Test
	void whileAFreezeHoldsThePlatformTheCopyPackSaysSoAndNoPublicationIsRecorded() throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		Task task = taskWhenWaiting(contentId);
		FreezeAdmin freezes = new FreezeAdmin(mvc, json);
		freezes.freeze("compliance1", PLATFORM, "product recall under way").andExpect(status().isCreated());
		try {
			JsonNode pack = json.readTree(mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(PUBLISHER, PASSWORD)))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			assertThat(pack.get("freeze").get("reason").asText()).isEqualTo("product recall under way");
			assertThat(pack.get("freeze").get("frozenBy").asText()).isEqualTo("compliance1");

			recordProof(PUBLISHER, task.getId(), POST_URL, pack.get("text").asText(), ApprovalJourney.png(1)).andExpect(status().isConflict())
					.andExpect(jsonPath("$.code").value("publishing-frozen"))
					.andExpect(jsonPath("$.detail", containsString("product recall under way")));
			assertThat(instance).isWaitingAt(TASK_PUBLISH_BY_HAND);
			assertThat(delivery(contentId).state()).isEqualTo(Delivery.AWAITING_PERSON);
		}
		finally {
			freezes.lift("admin", PLATFORM).andExpect(status().isNoContent());
		}

		JsonNode pack = json.readTree(mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(PUBLISHER, PASSWORD)))
				.andReturn().getResponse().getContentAsString());
		assertThat(pack.hasNonNull("freeze")).isFalse();
		recordProof(PUBLISHER, task.getId(), POST_URL, pack.get("text").asText(), ApprovalJourney.png(1)).andExpect(status().isOk());
		journey.awaitEnded(instance);
	}

	@Test
	void aReviewTaskIsNotCompletedAsAPublicationByHand() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean(PLATFORM));
		Task review = journey.task(instance.getBusinessKey(), ProcessVariables.TASK_EDITORIAL_REVIEW);

		mvc.perform(get("/api/tasks/{id}/copy-pack", review.getId()).with(httpBasic(REVIEWER, PASSWORD))).andExpect(status().isConflict());
		recordProof(REVIEWER, review.getId(), POST_URL, "text", ApprovalJourney.png(1)).andExpect(status().isConflict());
	}

	private Task taskWhenWaiting(String contentId) {
		journey.awaitWaitingAt(contentId, TASK_PUBLISH_BY_HAND);
		return journey.task(contentId, TASK_PUBLISH_BY_HAND);
	}

	private ResultActions recordProof(String user, String taskId, String postUrl, String publishedText, byte[] screenshot) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/tasks/{id}/publish-by-hand", taskId);
		request.file(new MockMultipartFile("screenshot", "proof.png", "image/png", screenshot));
		return mvc.perform(request.param("postUrl", postUrl).param("publishedText", publishedText).with(httpBasic(user, PASSWORD)));
	}

	private java.util.List<String> auditEvents(String contentId) throws Exception {
		JsonNode page = json.readTree(mvc.perform(get("/api/audit").param("contentId", contentId).param("size", "200")
				.with(httpBasic("compliance1", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		java.util.List<String> types = new java.util.ArrayList<>();
		page.get("entries").forEach(entry -> types.add(entry.get("eventType").asText()));
		return types;
	}

	private String copyPackText(Task task) throws Exception {
		return json.readTree(mvc.perform(get("/api/tasks/{id}/copy-pack", task.getId()).with(httpBasic(PUBLISHER, PASSWORD)))
				.andReturn().getResponse().getContentAsString()).get("text").asText();
	}

	/** A clean post approved, published by hand with this screenshot as its proof, and ended: its content id. */
	private String publishedByHandWith(byte[] screenshot) throws Exception {
		ProcessInstance instance = journey.approved(EDITOR, REVIEWER, Draft.clean(PLATFORM));
		String contentId = instance.getBusinessKey();
		Task task = taskWhenWaiting(contentId);
		recordProof(PUBLISHER, task.getId(), POST_URL, copyPackText(task), screenshot).andExpect(status().isOk());
		journey.awaitEnded(instance);
		return contentId;
	}

	private Map<String, byte[]> evidence(String contentId) throws Exception {
		byte[] zip = mvc.perform(get("/api/contents/{id}/evidence", contentId).with(httpBasic("compliance1", PASSWORD))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private Delivery delivery(String contentId) {
		return publishing.deliveries(contentId).stream().filter(d -> d.platform().equals(PLATFORM)).findFirst()
				.orElseThrow(() -> new AssertionError("no delivery of " + contentId + " to " + PLATFORM));
	}
}
