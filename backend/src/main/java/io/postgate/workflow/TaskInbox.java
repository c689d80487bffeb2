package io.postgate.workflow;

import io.postgate.content.ContentFacts;
import io.postgate.content.Contents;
import io.postgate.identity.CurrentUser;
import io.postgate.identity.Role;
import io.postgate.review.Disposition;
import io.postgate.review.Outcome;
import io.postgate.review.ReviewDecisions;
import io.postgate.review.ReviewStep;
import io.postgate.review.SegregationOfDuties;
import io.postgate.web.ApiProblem;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * The caller's tasks: those they may claim (their groups) and those they hold. Claiming and completing
 * enforce group membership and segregation of duties in this layer, whatever the UI shows.
 */
@Service
public class TaskInbox {

	private static final Set<String> REVIEW_TASKS = Set.of(TASK_EDITORIAL_REVIEW, TASK_LEGAL_SIGNOFF);

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final Contents contents;
	private final CurrentUser currentUser;
	private final SegregationOfDuties segregation;
	private final ReviewDecisions decisions;
	private final JdbcClient jdbc;

	TaskInbox(TaskService tasks, RuntimeService runtime, Contents contents, CurrentUser currentUser, SegregationOfDuties segregation,
			ReviewDecisions decisions, JdbcClient jdbc) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.contents = contents;
		this.currentUser = currentUser;
		this.segregation = segregation;
		this.decisions = decisions;
		this.jdbc = jdbc;
	}

	/**
	 * One indexed, ordered and limited query per source of tasks (the caller's own, and each group's
	 * unclaimed queue), merged by a union: no source is ever sorted in full, however many tasks are open.
	 */
	@Transactional(readOnly = true)
	public List<TaskView> list(TaskFilter filter) {
		String user = currentUser.username();
		List<String> groups = filter.mine() ? List.of() : currentUser.roles().stream().map(Role::groupId).toList();
		Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
		String order = filter.sortByPriority() ? " order by priority desc, due, task_id" : " order by due, task_id";
		int reach = (filter.page() + 1) * filter.size();
		List<String> sources = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		sources.add(source("assignee = ?", List.of(user), filter, now, order, reach, params));
		for (String group : groups) {
			sources.add(source("candidate_group = ? and assignee is null", List.of(group), filter, now, order, reach, params));
		}
		StringBuilder sql = new StringBuilder("select * from (").append(String.join(" union all ", sources)).append(") tasks")
				.append(order).append(" limit ? offset ?");
		params.add(filter.size());
		params.add(filter.page() * filter.size());
		Instant nowInstant = now.toInstant();
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Timestamp due = rs.getTimestamp("due");
			String group = rs.getString("candidate_group");
			String platforms = rs.getString("platforms");
			return new TaskView(rs.getString("task_id"), rs.getString("name"), rs.getString("task_key"), rs.getString("content_id"),
					rs.getString("title"), rs.getString("assignee"), group == null ? List.of() : List.of(group),
					due == null ? null : due.toInstant(), rs.getInt("priority"), rs.getTimestamp("created_at").toInstant(),
					due != null && due.toInstant().isBefore(nowInstant),
					Arrays.stream(platforms.split(",")).filter(id -> !id.isEmpty()).toList(), rs.getBoolean("crisis"), rs.getString("campaign"));
		}).list();
	}

	private static String source(String who, List<Object> whoParams, TaskFilter filter, Timestamp now, String order, int reach,
			List<Object> params) {
		StringBuilder sql = new StringBuilder("(select task_id, name, task_key, content_id, title, assignee, candidate_group, due, priority, "
				+ "created_at, platforms, crisis, campaign from task_projection where ").append(who);
		params.addAll(whoParams);
		if (filter.platform() != null) {
			sql.append(" and platforms like ?");
			params.add("%," + filter.platform() + ",%");
		}
		if (filter.crisis() != null) {
			sql.append(" and crisis = ?");
			params.add(filter.crisis());
		}
		if (filter.overdue() != null) {
			sql.append(filter.overdue() ? " and due < ?" : " and (due is null or due >= ?)");
			params.add(now);
		}
		if (filter.campaign() != null) {
			sql.append(" and campaign = ?");
			params.add(filter.campaign());
		}
		if (filter.candidateGroup() != null) {
			sql.append(" and candidate_group = ?");
			params.add(filter.candidateGroup());
		}
		params.add(reach);
		return sql.append(order).append(" limit ?)").toString();
	}

	@Transactional
	public TaskView claim(String taskId) {
		Task task = task(taskId);
		String user = currentUser.username();
		boolean byHand = TASK_PUBLISH_BY_HAND.equals(task.getTaskDefinitionKey());
		if (!byHand) {
			requireReviewTask(task);
		}
		requireCandidate(task, user);
		if (!byHand) {
			checkSegregation(task, user);
		}
		try {
			tasks.claim(taskId, user);
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
			throw ApiProblem.conflict("the task was claimed by someone else");
		}
		return view(task(taskId), ClockUtil.getCurrentTime().toInstant());
	}

	@Transactional
	public TaskView unclaim(String taskId) {
		boolean admin = currentUser.hasRole(Role.ADMIN);
		Task task = admin ? anyTask(taskId) : task(taskId);
		if (!currentUser.username().equals(task.getAssignee()) && !admin) {
			throw ApiProblem.forbidden("only the assignee or an admin may release a task");
		}
		tasks.setAssignee(taskId, null);
		return view(anyTask(taskId), ClockUtil.getCurrentTime().toInstant());
	}

	@Transactional
	public void complete(String taskId, Outcome outcome, String comment, List<Disposition> dispositions) {
		Task task = task(taskId);
		String user = currentUser.username();
		requireReviewTask(task);
		if (task.getAssignee() == null) {
			throw ApiProblem.conflict("claim the task before completing it");
		}
		if (!task.getAssignee().equals(user)) {
			throw ApiProblem.forbidden("the task is claimed by " + task.getAssignee());
		}
		checkSegregation(task, user);
		String contentId = businessKey(task);
		ContentFacts facts = contents.facts(contentId);
		ReviewStep step = step(task);
		decisions.record(contentId, facts.revision(), user, step, outcome, comment, dispositions,
				contents.revision(contentId, facts.revision()).fingerprint());
		VariableMap variables = Variables.createVariables().putValue(OUTCOME, outcome.name());
		if (outcome == Outcome.APPROVE) {
			variables.putValue(LAST_APPROVER, user);
		}
		if (step == ReviewStep.EDITORIAL_REVIEW) {
			variables.putValue(EDITORIAL_REVIEWER, user);
		}
		try {
			tasks.complete(taskId, variables);
		}
		catch (OptimisticLockingException e) {
			throw ApiProblem.conflict("the task was completed by someone else");
		}
	}

	private void checkSegregation(Task task, String user) {
		ContentFacts facts = contents.facts(businessKey(task));
		String editorialReviewer = (String) runtime.getVariable(task.getProcessInstanceId(), EDITORIAL_REVIEWER);
		segregation.check(user, facts, step(task), editorialReviewer);
	}

	void requireCandidate(Task task, String user) {
		if (user.equals(task.getAssignee())) {
			return;
		}
		Set<String> groups = currentUser.roles().stream().map(Role::groupId).collect(Collectors.toSet());
		boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
				.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
		if (!candidate) {
			throw ApiProblem.forbidden("this task is for another group");
		}
	}

	private static void requireReviewTask(Task task) {
		if (!REVIEW_TASKS.contains(task.getTaskDefinitionKey())) {
			throw ApiProblem.conflict("'" + task.getName() + "' is completed by submitting the draft, not through the task list");
		}
	}

	private static ReviewStep step(Task task) {
		return TASK_LEGAL_SIGNOFF.equals(task.getTaskDefinitionKey()) ? ReviewStep.LEGAL_SIGNOFF : ReviewStep.EDITORIAL_REVIEW;
	}

	private Task anyTask(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(PROCESS_KEY).singleResult();
		if (task == null) {
			throw ApiProblem.notFound("no open task " + taskId);
		}
		return task;
	}

	/** The open task, if the caller holds it or is in one of its groups; 404 otherwise (a task of another group stays unseen). */
	Task task(String taskId) {
		Task task = anyTask(taskId);
		String user = currentUser.username();
		Set<String> groups = currentUser.roles().stream().map(Role::groupId).collect(Collectors.toSet());
		boolean visible = user.equals(task.getAssignee()) || tasks.getIdentityLinksForTask(taskId).stream()
				.map(IdentityLink::getGroupId).filter(Objects::nonNull).anyMatch(groups::contains);
		if (!visible) {
			throw ApiProblem.notFound("no open task " + taskId);
		}
		return task;
	}

	String businessKey(Task task) {
		return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
	}

	private TaskView view(Task task, Instant now) {
		String contentId = businessKey(task);
		ContentFacts facts = contents.facts(contentId);
		String title = facts.revision() == 0 ? "" : contents.revision(contentId, facts.revision()).title();
		boolean crisis = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), CRISIS));
		List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
		Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
		return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), contentId, title, task.getAssignee(), groups, due,
				task.getPriority(), task.getCreateTime().toInstant(), due != null && due.isBefore(now), facts.platforms(), crisis,
				facts.campaign());
	}

	/** Filters and paging of the task list; null means "any". */
	public record TaskFilter(boolean mine, String platform, Boolean crisis, Boolean overdue, String campaign, String candidateGroup,
			boolean sortByPriority, int page, int size) {
	}
}
