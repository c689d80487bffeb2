package io.postgate.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.publishing.FreezeAdmin;
import io.postgate.workflow.ApprovalJourney;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class NotificationTriggersIntegrationTests {

	private static final String EDITORIAL_REVIEW = "user_task_editorial_review";
	private static final String REVIEWER = "reviewer1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	Contents contents;

	@Autowired
	UserDirectory users;

	@Autowired
	ApprovalJourney journey;
	FreezeAdmin freezes;
	Inbox inbox;
	String author;

	@BeforeEach
	void setUp() {
		freezes = new FreezeAdmin(mvc, json);
		inbox = new Inbox(mvc, json);
		author = TestUsers.editor(users, "ntauthor", "en");
	}

	@Test
	void reviewersAreToldOfAReviewWaitingForTheirGroupButTheAuthorIsNot() throws Exception {
		String contentId = journey.inReview(author, Draft.clean("linkedin")).getBusinessKey();

		assertThat(inbox.kinds("reviewer1", contentId)).containsExactly("TASK_AVAILABLE");
		assertThat(inbox.kinds("reviewer2", contentId)).containsExactly("TASK_AVAILABLE");
		assertThat(inbox.kinds("lead1", contentId)).containsExactly("TASK_AVAILABLE");
		assertThat(inbox.kinds("legal1", contentId)).isEmpty();
		assertThat(inbox.kinds(author, contentId)).isEmpty();
		journey.withdraw(author, contentId).andExpect(status().isOk());
	}

	@Test
	void authorIsToldOfRequestedChangesThenOfApprovalAndPublication() throws Exception {
		String contentId = journey.inReview(author, Draft.clean("linkedin")).getBusinessKey();

		journey.decide(REVIEWER, contentId, EDITORIAL_REVIEW, "REQUEST_CHANGES", "Name the date of the tasting.");

		assertThat(inbox.kinds(author, contentId)).containsExactly("CHANGES_REQUESTED");
		assertThat(inbox.kinds(REVIEWER, contentId)).as("claiming a task yourself is no news").containsExactly("TASK_AVAILABLE");

		journey.revise(author, contentId, Draft.clean("linkedin").withTitle("Spring tea tasting on 12 April")).andExpect(status().isOk());
		journey.submit(author, contentId).andExpect(status().isOk());
		ProcessInstance instance = journey.awaitWaitingAt(contentId, EDITORIAL_REVIEW);
		journey.decide(REVIEWER, contentId, EDITORIAL_REVIEW, "APPROVE", null);
		journey.awaitEnded(instance);

		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
		// MariaDB stores whole seconds, so notifications of one second have no defined order among themselves.
		assertThat(inbox.kinds(author, contentId)).containsExactlyInAnyOrder("PUBLISHED", "APPROVED", "CHANGES_REQUESTED");
		assertThat(inbox.of(author).get("items").findValuesAsText("title")).contains("Spring tea tasting on 12 April");
	}

	@Test
	void authorIsToldOfRejection() throws Exception {
		String contentId = journey.inReview(author, Draft.clean("linkedin")).getBusinessKey();

		journey.decide(REVIEWER, contentId, EDITORIAL_REVIEW, "REJECT", "Off brand.");

		assertThat(inbox.kinds(author, contentId)).containsExactly("REJECTED");
	}

	@Test
	void briefOwnerIsToldOfTheAssignedDraftAndOwnerAndPlannerOfTheMissedDeadline() throws Exception {
		String planner = TestUsers.editor(users, "ntplanner", "en");
		Instant target = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
		String contentId = journey.createBrief(planner, author, "Mid-autumn gift boxes", List.of("weibo"), target);

		assertThat(inbox.kinds(author, contentId)).containsExactly("TASK_ASSIGNED");
		assertThat(inbox.kinds(planner, contentId)).isEmpty();

		management.executeJob(journey.timer(journey.instance(contentId), "timer_draft_overdue").getId());

		assertThat(inbox.kinds(author, contentId)).containsExactlyInAnyOrder("SLA_MISSED", "TASK_ASSIGNED");
		assertThat(inbox.kinds(planner, contentId)).containsExactly("SLA_MISSED");
		journey.withdraw(author, contentId).andExpect(status().isOk());
	}

	@Test
	void ownerAndAdministratorsAreToldThatPublishingFailed() throws Exception {
		String contentId = journey.createDraft(author, Draft.clean("linkedin"));
		journey.withdraw(author, contentId).andExpect(status().isOk());

		contents.moveTo(contentId, ContentStatus.PUBLISH_FAILED);

		assertThat(inbox.kinds(author, contentId)).containsExactly("PUBLISH_FAILED");
		assertThat(inbox.kinds("admin", contentId)).containsExactly("PUBLISH_FAILED");
		assertThat(inbox.kinds(REVIEWER, contentId)).isEmpty();
	}

	@Test
	void aFreezeTellsAdminsComplianceAndTheOwnersOfHeldItemsAndSoDoesItsEnd() throws Exception {
		String chineseOfficer = TestUsers.withRole(users, "ntfreezezh", "zh-CN", Role.COMPLIANCE);
		String contentId = journey.inReview(author, Draft.clean("linkedin").scheduledAt(Instant.now().plus(Duration.ofDays(3)))).getBusinessKey();
		journey.decide(REVIEWER, contentId, EDITORIAL_REVIEW, "APPROVE", null);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.SCHEDULED);

		freezes.freeze("compliance1", "linkedin", "product recall").andExpect(status().isCreated());
		try {
			assertThat(inbox.kinds(author, contentId)).contains("FREEZE_STARTED");
			assertThat(inbox.generalTitles("admin", "FREEZE_STARTED")).first().isEqualTo("linkedin (product recall)");
			assertThat(inbox.generalTitles(chineseOfficer, "FREEZE_STARTED")).first().isEqualTo("linkedin（product recall）");
			assertThat(inbox.generalTitles("compliance1", "FREEZE_STARTED")).as("who froze it knows").doesNotContain("linkedin (product recall)");
			assertThat(inbox.kinds(REVIEWER, contentId)).doesNotContain("FREEZE_STARTED");
		}
		finally {
			freezes.lift("admin", "linkedin").andExpect(status().isNoContent());
		}

		assertThat(inbox.kinds(author, contentId)).contains("FREEZE_ENDED", "FREEZE_STARTED");
		assertThat(inbox.generalTitles("compliance1", "FREEZE_ENDED")).first().isEqualTo("linkedin");
		assertThat(inbox.generalTitles(chineseOfficer, "FREEZE_ENDED")).first().isEqualTo("linkedin");
		journey.withdraw(author, contentId).andExpect(status().isOk());
	}

	@Test
	void draftsThatAreNotScheduledAreNotConcernedByAFreeze() throws Exception {
		String contentId = journey.createDraft(author, Draft.clean("linkedin"));

		freezes.freeze("admin", null, "all channels paused").andExpect(status().isCreated());
		freezes.lift("admin", null).andExpect(status().isNoContent());

		assertThat(inbox.kinds(author, contentId)).isEmpty();
		assertThat(inbox.generalTitles("compliance1", "FREEZE_STARTED")).first().isEqualTo("all platforms (all channels paused)");
		journey.withdraw(author, contentId).andExpect(status().isOk());
	}
}
