package io.postgate.workflow;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * A missed deadline: raises the waiting task's priority to the top of the task list and publishes
 * {@link Escalated} (for the audit trail and notifications) naming who must act.
 */
@Component("escalateDelegate")
class EscalateDelegate implements JavaDelegate {

	private static final Map<String, String> ESCALATED_TASK = Map.of(
			"service_task_escalate_overdue_draft", TASK_CREATE_DRAFT,
			"service_task_escalate_review", TASK_EDITORIAL_REVIEW,
			"service_task_escalate_legal", TASK_LEGAL_SIGNOFF);

	private final TaskService tasks;
	private final ApplicationEventPublisher events;
	private final WorkflowProperties properties;

	EscalateDelegate(TaskService tasks, ApplicationEventPublisher events, WorkflowProperties properties) {
		this.tasks = tasks;
		this.events = events;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String taskKey = ESCALATED_TASK.get(execution.getCurrentActivityId());
		Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
		if (task == null) {
			return;
		}
		tasks.setPriority(task.getId(), properties.escalatedPriority());
		String escalateTo = TASK_CREATE_DRAFT.equals(taskKey) ? (String) execution.getVariable(PLANNER)
				: TASK_LEGAL_SIGNOFF.equals(taskKey) ? "legal" : (String) execution.getVariable(REVIEW_GROUP);
		int revision = ((Number) execution.getVariable(REVISION)).intValue();
		events.publishEvent(new Escalated(execution.getProcessBusinessKey(), revision, task.getName(), task.getAssignee(), escalateTo,
				task.getDueDate() == null ? null : task.getDueDate().toInstant()));
	}
}
