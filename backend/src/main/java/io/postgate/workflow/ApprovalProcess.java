package io.postgate.workflow;

import io.postgate.content.ContentEvents.ContentRescheduled;
import io.postgate.content.ContentEvents.ContentSubmitted;
import io.postgate.content.ContentEvents.ContentWithdrawn;
import io.postgate.content.ContentEvents.DraftCreated;
import io.postgate.web.ApiProblem;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * Drives one content-approval process instance per content item (business key = content id), following
 * the content module's events in the same transaction, so a failure here rolls the change back.
 */
@Service
public class ApprovalProcess {

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;
	private final WorkflowProperties properties;

	ApprovalProcess(RuntimeService runtime, TaskService tasks, ManagementService management, WorkflowProperties properties) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.properties = properties;
	}

	@EventListener
	void on(DraftCreated event) {
		runtime.startProcessInstanceByKey(PROCESS_KEY, event.contentId(), Variables.createVariables()
				.putValue(OWNER, event.owner())
				.putValue(PLANNER, event.planner())
				.putValue(REVISION, event.revision())
				.putValue(DRAFT_DUE, Date.from(event.draftDue()))
				.putValue(PUBLISH_RETRY_CYCLE, properties.publishRetryCycle())
				.putValue(SCREENING_MODE, properties.screeningMode().variable()));
	}

	@EventListener
	void on(ContentSubmitted event) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(event.contentId())
				.taskDefinitionKeyIn(TASK_CREATE_DRAFT, TASK_REVISE_DRAFT).singleResult();
		if (task == null) {
			throw ApiProblem.conflict("content " + event.contentId() + " is not waiting for a submission");
		}
		try {
			tasks.complete(task.getId(), Variables.createVariables()
					.putValue(REVISION, event.revision())
					.putValue(SPONSORED, event.sponsored())
					.putValue(CRISIS, event.crisis())
					.putValue(PUBLISH_AT, event.scheduledAt() == null ? null : Date.from(event.scheduledAt())));
		}
		catch (OptimisticLockingException e) {
			// e.g. the draft-overdue escalation raised the task's priority at the same moment; nothing was changed
			throw ApiProblem.conflict("the draft was updated by the workflow at the same moment (e.g. a deadline escalation); submit it again");
		}
	}

	@EventListener
	void on(ContentWithdrawn event) {
		runtime.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceBusinessKey(event.contentId()).correlate();
	}

	/** Moves the publish timer if the process already waits on it; otherwise the new time applies when it gets there. */
	@EventListener
	void on(ContentRescheduled event) {
		ProcessInstance instance = instance(event.contentId());
		Date at = event.scheduledAt() == null ? null : Date.from(event.scheduledAt());
		runtime.setVariable(instance.getId(), PUBLISH_AT, at);
		Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(TIMER_PUBLISH_TIME).singleResult();
		if (timer != null) {
			management.setJobDuedate(timer.getId(), at == null ? new Date() : at);
		}
	}

	/**
	 * Re-arms the failed publishing jobs of a content item for now; returns how many. The last failed attempt left
	 * each job due one retry interval later, so without the due date an admin's retry would wait that long.
	 */
	public int retryPublishing(String contentId) {
		ProcessInstance instance = instance(contentId);
		List<Job> failed = management.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().list();
		if (failed.isEmpty()) {
			throw ApiProblem.conflict("content " + contentId + " has no failed publishing to retry");
		}
		management.setJobRetries(1).jobIds(failed.stream().map(Job::getId).toList()).dueDate(ClockUtil.getCurrentTime()).execute();
		return failed.size();
	}

	public boolean isRunning(String contentId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(contentId).processDefinitionKey(PROCESS_KEY).count() > 0;
	}

	public Map<String, Object> variables(String contentId) {
		return runtime.getVariables(instance(contentId).getId());
	}

	private ProcessInstance instance(String contentId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(contentId)
				.processDefinitionKey(PROCESS_KEY).singleResult();
		if (instance == null) {
			throw ApiProblem.conflict("content " + contentId + " has no running approval process");
		}
		return instance;
	}
}
