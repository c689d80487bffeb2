package io.postgate.workflow;

import io.postgate.PostgateIntegrationTest;
import io.postgate.content.ContentStatus;
import io.postgate.workflow.ApprovalJourney.Draft;
import io.postgate.workflow.WorkflowProperties.ScreeningWorkerSettings;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.List;

import static io.postgate.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening mode {@code external}: the process waits at an external task of topic {@code screening} until a
 * {@link ScreeningWorker} screens it through the engine's Java API; workers that die or lose their lock leave neither
 * a lost screening nor a second one. The embedded default runs no external task. The test context runs no worker, so
 * each test makes its own, as separate worker processes would be.
 */
@PostgateIntegrationTest
class ExternalScreeningIntegrationTests {

	private static final String EDITOR = "editor1";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RevisionScreening screening;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApprovalJourney journey;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void embeddedModeScreensOnTheJobExecutorWithoutAnExternalTask() throws Exception {
		ProcessInstance instance = journey.inReview(EDITOR, Draft.clean("linkedin"));

		assertThat(instance).hasPassed(SERVICE_TASK_SCREEN).hasNotPassed(EXTERNAL_TASK_SCREEN);
		assertThat(instance).variables().containsEntry(SCREENING_MODE, "embedded");
	}

	@Test
	void externalModeWaitsForAWorkerThatScreensAndMovesTheProcessOn() throws Exception {
		String contentId = submittedForExternalScreening();
		ProcessInstance instance = journey.instance(contentId);

		assertThat(instance).isWaitingAt(EXTERNAL_TASK_SCREEN).externalTask().hasTopicName(SCREENING_TOPIC);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.SCREENING);

		assertThat(worker("worker-a", Duration.ofMinutes(1)).workOnce()).isPositive();

		assertThat(instance).isWaitingAt(TASK_EDITORIAL_REVIEW).hasPassed(EXTERNAL_TASK_SCREEN).hasNotPassed(SERVICE_TASK_SCREEN);
		assertThat(journey.contentStatus(contentId)).isEqualTo(ContentStatus.IN_REVIEW);
		assertThat(screeningsRecorded(contentId)).isEqualTo(1);
	}

	@Test
	void aTaskWhoseWorkerDiedIsScreenedOnceByAnotherWorkerWhenTheLockExpires() throws Exception {
		String contentId = submittedForExternalScreening();
		ProcessInstance instance = journey.instance(contentId);
		List<LockedExternalTask> takenByTheDeadWorker = externalTasks.fetchAndLock(1, "worker-killed")
				.topic(SCREENING_TOPIC, 2_000).businessKey(contentId).execute();
		assertThat(takenByTheDeadWorker).hasSize(1);
		ScreeningWorker survivor = worker("worker-survivor", Duration.ofMinutes(1));

		await("the dead worker's lock expired and the survivor screened").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
				.until(() -> survivor.workOnce() > 0 && runtime.createExecutionQuery().processInstanceId(instance.getId())
						.activityId(TASK_EDITORIAL_REVIEW).count() > 0);

		assertThat(instance).isWaitingAt(TASK_EDITORIAL_REVIEW);
		assertThat(screeningsRecorded(contentId)).isEqualTo(1);
	}

	@Test
	void aWorkerThatLostItsLockCannotCompleteAndLeavesNoSecondScreening() throws Exception {
		String contentId = submittedForExternalScreening();
		ProcessInstance instance = journey.instance(contentId);
		ScreeningWorker slow = worker("worker-slow", Duration.ofSeconds(1));
		LockedExternalTask slowTask = externalTasks.fetchAndLock(1, slow.workerId()).topic(SCREENING_TOPIC, 1_000).businessKey(contentId)
				.variables(REVISION).execute().get(0);
		ScreeningWorker fast = worker("worker-fast", Duration.ofMinutes(1));
		await("the slow worker's lock expired and the fast worker screened").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
				.until(() -> fast.workOnce() > 0 && runtime.createExecutionQuery().processInstanceId(instance.getId())
						.activityId(TASK_EDITORIAL_REVIEW).count() > 0);

		slow.screen(slowTask);

		assertThat(instance).isWaitingAt(TASK_EDITORIAL_REVIEW);
		assertThat(screeningsRecorded(contentId)).isEqualTo(1);
	}

	/** A draft of a process started while the cluster's screening mode was {@code external}, submitted. */
	private String submittedForExternalScreening() throws Exception {
		String contentId = journey.createDraft(EDITOR, Draft.clean("linkedin"));
		runtime.setVariable(journey.instance(contentId).getId(), SCREENING_MODE, "external");
		journey.submit(EDITOR, contentId).andExpect(status().isOk());
		return contentId;
	}

	private ScreeningWorker worker(String name, Duration lock) {
		return new ScreeningWorker(externalTasks, screening, transactions,
				new ScreeningWorkerSettings(true, lock, 2, 3, Duration.ofSeconds(1), Duration.ofMillis(100)), name);
	}

	private long screeningsRecorded(String contentId) {
		return jdbc.sql("select count(*) from audit_entry where content_id = ? and event_type = 'ScreeningCompleted'").param(contentId)
				.query(Long.class).single();
	}
}
