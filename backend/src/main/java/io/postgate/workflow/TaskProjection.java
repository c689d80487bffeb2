package io.postgate.workflow;

import io.postgate.content.ContentEvents.RevisionSaved;
import io.postgate.content.ContentFacts;
import io.postgate.content.Contents;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import io.postgate.workflow.TaskEvents.TaskAssigned;
import io.postgate.workflow.TaskEvents.TaskCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Keeps {@code task_projection} in step with the engine's open tasks (create, assignment, update,
 * complete, delete), in the engine's transaction, so the task list is one indexed query.
 */
@Component
class TaskProjection implements TaskListener {

	private final JdbcClient jdbc;
	private final Contents contents;
	private final ApplicationEventPublisher events;

	TaskProjection(JdbcClient jdbc, @Lazy Contents contents, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contents = contents;
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> insert(task);
			case EVENTNAME_ASSIGNMENT -> {
				update(task);
				events.publishEvent(new TaskAssigned(task.getExecution().getProcessBusinessKey(), task.getId(), task.getTaskDefinitionKey(),
						task.getName(), task.getAssignee()));
			}
			case EVENTNAME_UPDATE -> update(task);
			case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> jdbc.sql("delete from task_projection where task_id = ?").param(task.getId()).update();
			default -> {
			}
		}
	}

	@EventListener
	void on(RevisionSaved event) {
		String title = contents.revision(event.contentId(), event.revision()).title();
		jdbc.sql("update task_projection set title = ?, platforms = ? where content_id = ?")
				.params(truncate(title, 500), platforms(event.platforms()), event.contentId()).update();
	}

	private void update(DelegateTask task) {
		jdbc.sql("update task_projection set assignee = ?, due = ?, priority = ? where task_id = ?")
				.params(task.getAssignee(), timestamp(task), task.getPriority(), task.getId()).update();
	}

	private void insert(DelegateTask task) {
		String contentId = task.getExecution().getProcessBusinessKey();
		ContentFacts facts = contents.facts(contentId);
		String title = facts.revision() == 0 ? "" : contents.revision(contentId, facts.revision()).title();
		String group = task.getCandidates().stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(link -> link.getGroupId()).findFirst().orElse(null);
		boolean crisis = Boolean.TRUE.equals(task.getVariable(ProcessVariables.CRISIS));
		// a publishing branch's task (publish by hand) is about the branch's platform only
		List<String> platforms = task.getVariable(ProcessVariables.PLATFORM) instanceof String platform ? List.of(platform) : facts.platforms();
		jdbc.sql("insert into task_projection (task_id, process_instance_id, content_id, task_key, name, assignee, candidate_group, due, priority, "
				+ "crisis, platforms, campaign, title, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(task.getId(), task.getProcessInstanceId(), contentId, task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), group,
						timestamp(task), task.getPriority(), crisis, platforms(platforms), facts.campaign(), truncate(title, 500),
						new Timestamp(task.getCreateTime().getTime()))
				.update();
		events.publishEvent(new TaskCreated(contentId, task.getId(), task.getTaskDefinitionKey(), task.getName(), group, task.getAssignee()));
	}

	/** Comma-wrapped so that a platform filter is an exact {@code like '%,x,%'} match. */
	static String platforms(List<String> platforms) {
		return "," + String.join(",", platforms) + ",";
	}

	private static Timestamp timestamp(DelegateTask task) {
		return task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime());
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
