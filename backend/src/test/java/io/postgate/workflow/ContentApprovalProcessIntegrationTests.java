package io.postgate.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.publishing.ChannelAdmin;
import io.postgate.review.SegregationOfDuties;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static io.postgate.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every path through bpmn/content-approval.bpmn, driven through the API as editors, reviewers, legal
 * and admins do, with the real screening. Timers are fired by executing their job, never by waiting.
 */
@PostgateIntegrationTest
@RecordApplicationEvents
class ContentApprovalProcessIntegrationTests {

	private static final String EDITOR = "editor1";
	private static final String LEAD = "lead1";
	private static final String REVIEWER = "reviewer1";
	private static final String LEGAL = "legal1";
	private static final String ADMIN = "admin";
	/** Someone in both the reviewers and the legal group, to show that one person cannot take both steps. */
	private static final String REVIEWER_AND_LEGAL = "ptreviewerlegal";
	/** Only the publish failure test publishes here: it makes this platform's outbox folder impossible to create. */
	private static final String FAILING_PLATFORM = "bilibili";
	/**
	 * The platforms this class publishes to, whose posts it expects in the outbox. Channels are shared with the other
	 * tests and the browser journeys (a journey that fails half-way may leave one pointing elsewhere).
	 */
	private static final List<String> PUBLISHED_TO = List.of("weibo", "linkedin", "facebook", "x", FAILING_PLATFORM);
	private static final Duration REVIEW_LEAD_TIME = Duration.ofHours(48);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Value("${postgate.publishing.outbox-dir}")
	Path outboxDir;

	@Value("${postgate.workflow.escalated-priority:100}")
	int escalatedPriority;

	@Autowired
	ApprovalJourney journey;

	@BeforeEach
	void setUp() throws Exception {
		BpmnAwareTests.init(engine);
		ChannelAdmin channels = new ChannelAdmin(mvc, json);
		for (String platform : PUBLISHED_TO) {
			channels.useOutbox(platform);
		}
	}

	// --- creation ---------------------------------------------------------------------------------------------

	@Test
	void briefStartsCreateDraftForTheOwnerDueBeforeTheTargetAndSubmittingMovesOnToScreening() throws Exception {
		Instant target = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
		String contentId = journey.createBrief(EDITOR, LEAD, "Autumn tea menu", List.of("linkedin"), target);
		ProcessInstance instance = journey.instance(contentId);

		assertThat(instance).isWaitingAt(TASK_CREATE_DRAFT).task().isAssignedTo(LEAD).hasName("Create draft");
		assertThat(instance).variables().contains(entry(OWNER, LEAD), entry(PLANNER, EDITOR), entry(REVISION, 0));
		assertThat(instance.getBusinessKey()).isEqualTo(contentId);
		assertThat(journey.task(contentId, TASK_CREATE_DRAFT).getDueDate().toInstant()).isEqualTo(target.minus(REVIEW_LEAD_TIME));
		assertThat(journey.timer(instance, "timer_draft_overdue").getDuedate().toInstant()).isEqualTo(target.minus(REVIEW_LEAD_TIME));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.DRAFT);

		journey.submit(LEAD, contentId).andExpect(status().isConflict());
		journey.revise(EDITOR, contentId, Draft.clean("linkedin")).andExpect(status().isForbidden());
		journey.revise(LEAD, contentId, Draft.clean("linkedin")).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
		journey.submit(LEAD, contentId).andExpect(status().isOk());

		assertThat(instance).hasPassed(TASK_CREATE_DRAFT).hasNotPassed("service_task_escalate_overdue_draft");
		journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(instance).hasPassed("service_task_screen", "business_rule_task_route").variables()
				.contains(entry(REVISION, 1), entry(BLOCKING, false));
		assertThat(management.createJobQuery().processInstanceId(instance.getId()).activityId("timer_draft_overdue").count()).isZero();
		journey.withdraw(LEAD, contentId).andExpect(status().isOk());
	}

	@Test
	void overdueBriefEscalatesToThePlannerAndStillWaitsForTheDraft() throws Exception {
		Instant target = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
		String contentId = journey.createBrief(EDITOR, LEAD, "Mid-autumn gift boxes", List.of("weibo"), target);
		ProcessInstance instance = journey.instance(contentId);
		int priorityBefore = journey.task(contentId, TASK_CREATE_DRAFT).getPriority();

		management.executeJob(journey.timer(instance, "timer_draft_overdue").getId());

		assertThat(instance).hasPassed("timer_draft_overdue", "service_task_escalate_overdue_draft", "end_draft_escalated")
				.isWaitingAt(TASK_CREATE_DRAFT).task().isAssignedTo(LEAD);
		Task draft = journey.task(contentId, TASK_CREATE_DRAFT);
		assertThat(draft.getPriority()).isEqualTo(escalatedPriority).isGreaterThan(priorityBefore);
		assertThat(events.stream(Escalated.class).filter(event -> event.contentId().equals(contentId)))
				.containsExactly(new Escalated(contentId, 0, "Create draft", LEAD, EDITOR, target.minus(REVIEW_LEAD_TIME)));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.DRAFT);

		journey.withdraw(LEAD, contentId).andExpect(status().isOk());
	}

	// --- the happy paths --------------------------------------------------------------------------------------

	@Test
	void cleanPostIsReviewedScheduledAndPublishedOncePerPlatform() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("weibo", "linkedin"));
		String contentId = instance.getBusinessKey();

		assertThat(instance).hasPassed(TASK_CREATE_DRAFT, "service_task_screen", "business_rule_task_route")
				.hasNotPassed(TASK_REVISE_DRAFT)
				.variables().contains(entry(BLOCKING, false), entry(REVIEW_GROUP, "reviewers"), entry(LEGAL_REQUIRED, false),
						entry(SLA_HOURS, 24), entry(CRISIS, false), entry(SPONSORED, false));
		assertThat(instance).task().hasCandidateGroup("reviewers").isNotAssigned();
		Task review = journey.task(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(Duration.between(review.getCreateTime().toInstant(), review.getDueDate().toInstant()))
				.isBetween(Duration.ofHours(24).minusSeconds(2), Duration.ofHours(24).plusSeconds(2));
		assertThat(journey.timer(instance, "timer_review_sla").getDuedate()).isNotNull();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);

		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", "Reads well.");
		journey.awaitEnded(instance);

		assertThat(instance).hasPassed("gateway_legal_required", "service_task_approve", "timer_wait_for_publish_time",
				"service_task_publish", "end_published").hasNotPassed(TASK_LEGAL_SIGNOFF).isEnded();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertPublishedOnceTo(contentId, 1, "weibo", "linkedin");
	}

	@Test
	void sponsoredPostWithDisclosureNeedsLegalSignOffBeforeItIsPublished() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		String contentId = instance.getBusinessKey();
		assertThat(instance).variables().contains(entry(SPONSORED, true), entry(BLOCKING, false), entry(LEGAL_REQUIRED, true),
				entry(SLA_HOURS, 24));

		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		assertThat(instance).hasPassed("gateway_legal_required").isWaitingAt(TASK_LEGAL_SIGNOFF).task().hasCandidateGroup("legal")
				.isNotAssigned();
		assertThat(instance).variables().contains(entry(EDITORIAL_REVIEWER, REVIEWER));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.LEGAL_REVIEW);

		journey.decide(LEGAL, contentId, TASK_LEGAL_SIGNOFF, "APPROVE", "Disclosure is clear.");
		journey.awaitEnded(instance);

		assertThat(instance).hasPassed(TASK_LEGAL_SIGNOFF, "gateway_legal_outcome", "service_task_approve", "end_published").isEnded();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		assertPublishedOnceTo(contentId, 1, "weibo");
	}

	@Test
	void sensitiveTopicIsNotBlockingButNeedsLegalSignOff() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("facebook")
				.withBody("Our tea house stays open on election day, so drop by for a cup after you have voted."));
		assertThat(instance).variables().contains(entry(BLOCKING, false), entry(SENSITIVE_TOPIC, true), entry(LEGAL_REQUIRED, true),
				entry(SLA_HOURS, 24));
		journey.withdraw(EDITOR, instance.getBusinessKey()).andExpect(status().isOk());
	}

	// --- screening, changes and rejections --------------------------------------------------------------------

	@Test
	void postBlockedByScreeningGoesBackToItsAuthorAndPassesOnceRevised() throws Exception {
		String contentId = journey.createDraft(EDITOR, Draft.clean("weibo")
				.withBody("Our green tea is the best in the world, picked by hand every spring."));
		journey.submit(EDITOR, contentId).andExpect(status().isOk());

		ProcessInstance instance = journey.awaitWaitingAt(contentId, TASK_REVISE_DRAFT);
		assertThat(instance).hasPassed("service_task_screen", "gateway_blocking").hasNotPassed("business_rule_task_route")
				.task().isAssignedTo(EDITOR).hasName("Revise draft");
		assertThat(instance).variables().contains(entry(BLOCKING, true), entry(REVISION, 1));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.CHANGES_REQUESTED);

		journey.revise(EDITOR, contentId, Draft.clean("weibo").withBody("Our green tea is picked by hand every spring."))
				.andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));
		journey.submit(EDITOR, contentId).andExpect(status().isOk());

		journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(instance).hasPassed(TASK_REVISE_DRAFT, "business_rule_task_route").variables()
				.contains(entry(BLOCKING, false), entry(REVISION, 2));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	@Test
	void changesRequestedByTheReviewerGoBackToTheAuthorAndTheRevisionIsReviewedAgain() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("linkedin"));
		String contentId = instance.getBusinessKey();
		String firstReview = journey.task(contentId, TASK_EDITORIAL_REVIEW).getId();

		journey.claim(REVIEWER, firstReview).andExpect(status().isOk());
		journey.complete(REVIEWER, firstReview, "REQUEST_CHANGES", null)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("comment")));
		journey.complete(REVIEWER, firstReview, "REQUEST_CHANGES", "Name the date of the tasting.").andExpect(status().isNoContent());

		assertThat(instance).hasPassed("gateway_review_outcome").isWaitingAt(TASK_REVISE_DRAFT).task().isAssignedTo(EDITOR);
		assertThat(instance).variables().contains(entry(OUTCOME, "REQUEST_CHANGES"));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.CHANGES_REQUESTED);

		journey.revise(EDITOR, contentId, Draft.clean("linkedin").withTitle("Spring tea tasting on 12 April")).andExpect(status().isOk());
		journey.submit(EDITOR, contentId).andExpect(status().isOk());

		journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(instance).task().hasCandidateGroup("reviewers").isNotAssigned();
		assertThat(journey.task(contentId, TASK_EDITORIAL_REVIEW).getId()).isNotEqualTo(firstReview);
		assertThat(instance).variables().contains(entry(REVISION, 2));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	@Test
	void changesRequestedByLegalGoBackToTheAuthorAndThroughEditorialReviewAgain() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		String contentId = instance.getBusinessKey();
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);
		journey.decide(LEGAL, contentId, TASK_LEGAL_SIGNOFF, "REQUEST_CHANGES", "Name the partner brand.");

		assertThat(instance).hasPassed(TASK_LEGAL_SIGNOFF, "gateway_legal_outcome").isWaitingAt(TASK_REVISE_DRAFT).task()
				.isAssignedTo(EDITOR);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.CHANGES_REQUESTED);

		journey.revise(EDITOR, contentId, sponsoredWithDisclosure().withTitle("#ad Paid partnership with Lumen Teaware")).andExpect(status().isOk());
		journey.submit(EDITOR, contentId).andExpect(status().isOk());
		journey.awaitWaitingAt(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(instance).variables().contains(entry(REVISION, 2), entry(LEGAL_REQUIRED, true));
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	@Test
	void rejectionInEditorialReviewEndsTheProcess() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("weibo"));
		String contentId = instance.getBusinessKey();

		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "REJECT", "Off-brand for this channel.");

		assertThat(instance).hasPassed("gateway_review_outcome", "end_rejected_in_review").hasNotPassed("service_task_approve").isEnded();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.REJECTED);
		journey.submit(EDITOR, contentId).andExpect(status().isConflict());
	}

	@Test
	void rejectionAtLegalSignOffEndsTheProcess() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		String contentId = instance.getBusinessKey();
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		journey.decide(LEGAL, contentId, TASK_LEGAL_SIGNOFF, "REJECT", "The partner contract has not been signed.");

		assertThat(instance).hasPassed("gateway_legal_outcome", "end_rejected_by_legal").hasNotPassed("service_task_approve").isEnded();
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.REJECTED);
	}

	// --- withdraw ---------------------------------------------------------------------------------------------

	@Test
	void withdrawWhileTheDraftIsBeingCreated() throws Exception {
		String contentId = journey.createBrief(EDITOR, LEAD, "Winter warmers", List.of("wechat"),
				Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS));
		ProcessInstance instance = journey.instance(contentId);
		assertThat(instance).isWaitingAt(TASK_CREATE_DRAFT);

		assertWithdrawnBy(LEAD, instance);
	}

	@Test
	void withdrawWhileTheDraftIsBeingRevised() throws Exception {
		String contentId = journey.createDraft(EDITOR, Draft.clean("weibo").withBody("Guaranteed the best tea in the world."));
		journey.submit(EDITOR, contentId).andExpect(status().isOk());
		ProcessInstance instance = journey.awaitWaitingAt(contentId, TASK_REVISE_DRAFT);

		assertWithdrawnBy(EDITOR, instance);
	}

	@Test
	void withdrawDuringEditorialReview() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("linkedin"));

		assertWithdrawnBy(EDITOR, instance);
		assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void withdrawDuringLegalSignOff() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		journey.decide(REVIEWER, instance.getBusinessKey(), TASK_EDITORIAL_REVIEW, "APPROVE", null);
		assertThat(instance).isWaitingAt(TASK_LEGAL_SIGNOFF);

		assertWithdrawnBy(EDITOR, instance);
	}

	@Test
	void withdrawWhileWaitingForThePublishTime() throws Exception {
		ProcessInstance instance = scheduledFor(Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS));

		assertWithdrawnBy(EDITOR, instance);
		assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(outboxRows(instance.getBusinessKey())).isZero();
	}

	// --- reschedule -------------------------------------------------------------------------------------------

	@Test
	void rescheduleWhileWaitingForThePublishTimeMovesTheTimer() throws Exception {
		Instant first = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		ProcessInstance instance = scheduledFor(first);
		assertThat(journey.timer(instance, TIMER_PUBLISH_TIME).getDuedate().toInstant()).isEqualTo(first);

		Instant later = first.plus(Duration.ofDays(2));
		journey.reschedule(EDITOR, instance.getBusinessKey(), later).andExpect(status().isOk());

		assertThat(journey.timer(instance, TIMER_PUBLISH_TIME).getDuedate().toInstant()).isEqualTo(later);
		assertThat(instance).isWaitingAt(TIMER_PUBLISH_TIME);
		assertThat(journey.contentStatus(instance.getBusinessKey())).isEqualTo(ContentStatus.SCHEDULED);
		journey.withdraw(EDITOR, instance.getBusinessKey()).andExpect(status().isOk());
	}

	@Test
	void rescheduleDuringReviewAppliesWhenTheProcessReachesThePublishTimer() throws Exception {
		Instant first = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("weibo").scheduledAt(first));
		String contentId = instance.getBusinessKey();
		Instant later = first.plus(Duration.ofDays(4));

		journey.reschedule(EDITOR, contentId, later).andExpect(status().isOk());
		assertThat(instance).isWaitingAt(TASK_EDITORIAL_REVIEW);
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

		assertThat(instance).hasPassed("service_task_approve").isWaitingAt(TIMER_PUBLISH_TIME);
		assertThat(journey.timer(instance, TIMER_PUBLISH_TIME).getDuedate().toInstant()).isEqualTo(later);
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	// --- SLAs -------------------------------------------------------------------------------------------------

	@Test
	void missedReviewSlaRaisesThePriorityAndKeepsTheReviewOpen() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("linkedin"));
		String contentId = instance.getBusinessKey();
		Task before = journey.task(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(before.getPriority()).isEqualTo(50);

		management.executeJob(journey.timer(instance, "timer_review_sla").getId());

		assertThat(instance).hasPassed("timer_review_sla", "service_task_escalate_review", "end_review_escalated")
				.isWaitingAt(TASK_EDITORIAL_REVIEW);
		Task after = journey.task(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getPriority()).isEqualTo(escalatedPriority);
		assertThat(events.stream(Escalated.class).filter(event -> event.contentId().equals(contentId)))
				.containsExactly(new Escalated(contentId, 1, "Editorial review", null, "reviewers", before.getDueDate().toInstant()));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);

		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "REJECT", "Too late for this campaign.");
		assertThat(instance).isEnded();
	}

	@Test
	void missedLegalSlaRaisesThePriorityAndKeepsTheSignOffOpen() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		String contentId = instance.getBusinessKey();
		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);
		Task before = journey.task(contentId, TASK_LEGAL_SIGNOFF);

		management.executeJob(journey.timer(instance, "timer_legal_sla").getId());

		assertThat(instance).hasPassed("timer_legal_sla", "service_task_escalate_legal", "end_legal_escalated")
				.isWaitingAt(TASK_LEGAL_SIGNOFF);
		assertThat(journey.task(contentId, TASK_LEGAL_SIGNOFF).getPriority()).isEqualTo(escalatedPriority);
		assertThat(events.stream(Escalated.class).filter(event -> event.contentId().equals(contentId)))
				.containsExactly(new Escalated(contentId, 1, "Legal sign-off", null, "legal", before.getDueDate().toInstant()));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.LEGAL_REVIEW);
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	@Test
	void crisisContentGetsTheTwoHourSlaTopPriorityAndLegalSignOff() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("weibo").asCrisis()
				.withTitle("Update on Saturday's tasting")
				.withBody("We are sorry that some guests waited outside on Saturday. Everyone who registered gets a free tasting next week."));
		String contentId = instance.getBusinessKey();

		assertThat(instance).variables().contains(entry(CRISIS, true), entry(SLA_HOURS, 2), entry(LEGAL_REQUIRED, true));
		Task review = journey.task(contentId, TASK_EDITORIAL_REVIEW);
		assertThat(Duration.between(review.getCreateTime().toInstant(), review.getDueDate().toInstant()))
				.isBetween(Duration.ofHours(2).minusSeconds(2), Duration.ofHours(2).plusSeconds(2));
		assertThat(review.getPriority()).isEqualTo(80);
		assertThat(Duration.between(review.getCreateTime().toInstant(), journey.timer(instance, "timer_review_sla").getDuedate().toInstant()))
				.isBetween(Duration.ofHours(2).minusSeconds(2), Duration.ofHours(2).plusSeconds(2));

		journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);
		Task signOff = journey.task(contentId, TASK_LEGAL_SIGNOFF);
		assertThat(Duration.between(signOff.getCreateTime().toInstant(), signOff.getDueDate().toInstant()))
				.isBetween(Duration.ofHours(2).minusSeconds(2), Duration.ofHours(2).plusSeconds(2));
		assertThat(signOff.getPriority()).isEqualTo(80);
		journey.withdraw(EDITOR, contentId).andExpect(status().isOk());
	}

	// --- publishing failure -----------------------------------------------------------------------------------

	@Test
	void publishFailureIsRetriedThenRaisesAnIncidentAndAnAdminRetryPublishes() throws Exception {
		Path platformFolder = outboxDir.resolve(FAILING_PLATFORM);
		FileSystemUtils.deleteRecursively(platformFolder);
		Files.createDirectories(outboxDir);
		Files.writeString(platformFolder, "a file where the platform folder should be");
		try {
			ProcessInstance instance = journey.inReview(EDITOR, Draft.clean(FAILING_PLATFORM));
			String contentId = instance.getBusinessKey();
			journey.decide(REVIEWER, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

			Job publishJob = awaitFailedPublishJob(instance);
			assertThat(publishJob.getRetries()).isPositive();
			assertThat(journey.incidents(instance)).isEmpty();
			for (int attempt = 0; attempt < 10 && journey.incidents(instance).isEmpty(); attempt++) {
				String jobId = publishJob.getId();
				assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining("could not write the outbox for " + FAILING_PLATFORM);
			}

			Incident incident = journey.incidents(instance).get(0);
			assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
			assertThat(incident.getActivityId()).isEqualTo(SERVICE_TASK_PUBLISH);
			assertThat(management.createJobQuery().jobId(publishJob.getId()).singleResult().getRetries()).isZero();
			assertThat(instance).isNotEnded();
			assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISH_FAILED);
			assertThat(outboxRows(contentId)).isZero();
			journey.withdraw(EDITOR, contentId).andExpect(status().isConflict());
			journey.retryPublishing(EDITOR, contentId).andExpect(status().isForbidden());

			Files.delete(platformFolder);
			journey.retryPublishing(ADMIN, contentId).andExpect(status().isOk()).andExpect(jsonPath("$.jobsRetried").value(1));

			journey.awaitEnded(instance);
			assertThat(instance).hasPassed(SERVICE_TASK_PUBLISH, "end_published").isEnded();
			assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
			assertPublishedOnceTo(contentId, 1, FAILING_PLATFORM);
		}
		finally {
			if (Files.isRegularFile(platformFolder)) {
				Files.delete(platformFolder);
			}
		}
	}

	// --- segregation of duties --------------------------------------------------------------------------------

	@Test
	void authorCannotClaimOrCompleteTheReviewOfTheirOwnContent() throws Exception {
		ProcessInstance instance = journey.inReview(LEAD, Draft.clean("linkedin"));
		String contentId = instance.getBusinessKey();
		String taskId = journey.task(contentId, TASK_EDITORIAL_REVIEW).getId();

		journey.claim(LEAD, taskId).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(SegregationOfDuties.OWN_CONTENT));
		assertThat(instance).task().isNotAssigned();

		tasks.setAssignee(taskId, LEAD);
		journey.complete(LEAD, taskId, "APPROVE", null).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(SegregationOfDuties.OWN_CONTENT));
		assertThat(instance).isWaitingAt(TASK_EDITORIAL_REVIEW);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);
		journey.withdraw(LEAD, contentId).andExpect(status().isOk());
	}

	@Test
	void editorWhoAlsoReviewsMayReviewSomeoneElsesContent() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("x"));
		String contentId = instance.getBusinessKey();

		journey.decide(LEAD, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", "Fine by me.");

		journey.awaitEnded(instance);
		assertThat(instance).variables().contains(entry(EDITORIAL_REVIEWER, LEAD), entry(LAST_APPROVER, LEAD));
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
	}

	@Test
	void editorialReviewerCannotAlsoGiveTheLegalSignOff() throws Exception {
		ensureReviewerWhoIsAlsoLegal();
		ProcessInstance instance = journey.inReview(EDITOR, sponsoredWithDisclosure());
		String contentId = instance.getBusinessKey();
		journey.decide(REVIEWER_AND_LEGAL, contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);
		String signOff = journey.task(contentId, TASK_LEGAL_SIGNOFF).getId();

		journey.claim(REVIEWER_AND_LEGAL, signOff).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(SegregationOfDuties.REVIEW_AND_SIGNOFF));
		tasks.setAssignee(signOff, REVIEWER_AND_LEGAL);
		journey.complete(REVIEWER_AND_LEGAL, signOff, "APPROVE", null).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(SegregationOfDuties.REVIEW_AND_SIGNOFF));
		assertThat(instance).isWaitingAt(TASK_LEGAL_SIGNOFF);

		tasks.setAssignee(signOff, null);
		journey.decide(LEGAL, contentId, TASK_LEGAL_SIGNOFF, "APPROVE", null);
		journey.awaitEnded(instance);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
	}

	// --- helpers ----------------------------------------------------------------------------------------------

	private static Draft sponsoredWithDisclosure() {
		return new Draft("#ad Paid partnership with Lumen Teaware", "#ad Paid partnership with Lumen Teaware. "
				+ "Their new glass teapot keeps green tea clear and fragrant; we brewed three rounds with it this morning.",
				List.of("weibo"), true, false, null);
	}

	/** A clean post approved by the editorial review, now waiting for its publish time. */
	private ProcessInstance scheduledFor(Instant at) throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("weibo").scheduledAt(at));
		journey.decide(REVIEWER, instance.getBusinessKey(), TASK_EDITORIAL_REVIEW, "APPROVE", null);
		assertThat(instance).hasPassed("service_task_approve").isWaitingAt(TIMER_PUBLISH_TIME);
		assertThat(journey.contentStatus(instance.getBusinessKey())).isEqualTo(ContentStatus.SCHEDULED);
		return instance;
	}

	private void assertWithdrawnBy(String owner, ProcessInstance instance) throws Exception {
		journey.withdraw(owner, instance.getBusinessKey()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(instance).hasPassed("start_withdraw_requested", "end_withdrawn").isEnded();
		assertThat(journey.contentStatus(instance.getBusinessKey())).isEqualTo(ContentStatus.WITHDRAWN);
		journey.withdraw(owner, instance.getBusinessKey()).andExpect(status().isConflict());
	}

	private Job awaitFailedPublishJob(ProcessInstance instance) {
		return await("a failed publishing attempt").atMost(Duration.ofSeconds(120))
				.until(() -> management.createJobQuery().processInstanceId(instance.getId()).activityId(SERVICE_TASK_PUBLISH).withException()
						.singleResult(), job -> job != null);
	}

	private void assertPublishedOnceTo(String contentId, int revision, String... platforms) {
		List<String> published = jdbc.sql("select platform from outbox_post where content_id = ? order by platform").param(contentId)
				.query(String.class).list();
		assertThat(published).containsExactlyInAnyOrder(platforms);
		for (String platform : platforms) {
			assertThat(outboxDir.resolve(platform).resolve(contentId + "_" + revision + "_" + platform + ".json")).isRegularFile();
		}
	}

	private int outboxRows(String contentId) {
		return jdbc.sql("select count(*) from outbox_post where content_id = ?").param(contentId).query(Integer.class).single();
	}

	private void ensureReviewerWhoIsAlsoLegal() {
		if (!users.exists(REVIEWER_AND_LEGAL)) {
			users.create(REVIEWER_AND_LEGAL, "Reviewer and legal", ApprovalJourney.PASSWORD, "en", Set.of(Role.REVIEWER, Role.LEGAL));
		}
	}
}
