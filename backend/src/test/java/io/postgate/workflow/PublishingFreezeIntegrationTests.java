package io.postgate.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.publishing.FreezeAdmin;
import io.postgate.publishing.PublishingEvents;
import io.postgate.workflow.ApprovalJourney.Draft;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static io.postgate.workflow.ProcessVariables.SERVICE_TASK_PUBLISH;
import static io.postgate.workflow.ProcessVariables.TASK_EDITORIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@PostgateIntegrationTest
@RecordApplicationEvents
class PublishingFreezeIntegrationTests {

	private static final String PLATFORM = "x";

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
	ApplicationEvents events;

	@Autowired
	ApprovalJourney journey;
	FreezeAdmin freezes;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		freezes = new FreezeAdmin(mvc, json);
	}

	@Test
	void dueItemsWaitWhileThePlatformIsFrozenAndGoOutWhenTheFreezeIsLifted() throws Exception {
		freezes.freeze("compliance1", PLATFORM, "product recall under way").andExpect(status().isCreated())
				.andExpect(jsonPath("$.frozenBy").value("compliance1"));
		try {
			ProcessInstance instance = journey.inReview("editor1", Draft.clean(PLATFORM));
			String contentId = instance.getBusinessKey();
			journey.decide("reviewer1", contentId, TASK_EDITORIAL_REVIEW, "APPROVE", null);

			Job held = await("publishing held by the freeze").atMost(Duration.ofSeconds(120))
					.until(() -> management.createJobQuery().processInstanceId(instance.getId()).activityId(SERVICE_TASK_PUBLISH).withException()
							.singleResult(), job -> job != null);
			assertThat(held.getExceptionMessage()).contains("frozen").contains("product recall under way");
			int retries = held.getRetries();
			assertThatThrownBy(() -> management.executeJob(held.getId())).hasStackTraceContaining("is frozen");
			assertThat(management.createJobQuery().jobId(held.getId()).singleResult().getRetries()).as("waiting uses up no retries")
					.isEqualTo(retries).isPositive();
			assertThat(journey.incidents(instance)).isEmpty();
			assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.SCHEDULED);

			freezes.lift("admin", PLATFORM).andExpect(status().isNoContent());

			journey.awaitEnded(instance);
			assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.PUBLISHED);
			assertThat(events.stream(PublishingEvents.PublishingFrozen.class))
					.contains(new PublishingEvents.PublishingFrozen(PLATFORM, "product recall under way", "compliance1"));
			assertThat(events.stream(PublishingEvents.PublishingFreezeLifted.class))
					.contains(new PublishingEvents.PublishingFreezeLifted(PLATFORM, "admin"));
		}
		finally {
			freezes.lift("admin", PLATFORM);
		}
	}

	@Test
	void onlyAdminsAndComplianceOfficersFreezeAndRequestsAreValidated() throws Exception {
		freezes.freeze("editor1", null, "no").andExpect(status().isForbidden());
		freezes.freeze("reviewer1", PLATFORM, "no").andExpect(status().isForbidden());
		freezes.freeze("admin", "myspace", "crisis").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("platform:")));
		freezes.freeze("admin", null, " ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("reason:")));
		freezes.lift("admin", null).andExpect(status().isConflict());

		freezes.freeze("admin", null, "all channels paused").andExpect(status().isCreated());
		try {
			freezes.freeze("compliance1", null, "again").andExpect(status().isConflict());
			freezes.lift("editor1", null).andExpect(status().isForbidden());
		}
		finally {
			freezes.lift("compliance1", null).andExpect(status().isNoContent());
		}
	}
}
