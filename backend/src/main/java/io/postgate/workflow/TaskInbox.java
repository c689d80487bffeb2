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
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
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

	TaskInbox(TaskService tasks, RuntimeService runtime, Contents contents, CurrentUser currentUser, SegregationOfDuties segregation,
			ReviewDecisions decisions) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.contents = contents;
		this.currentUser = currentUser;
		this.segregation = segregation;
		this.decisions = decisions;
	}

	@Transactional(readOnly = true)
	public List<TaskView> list(TaskFilter filter) {
		String user = currentUser.username();
		List<String> groups = currentUser.roles().stream().map(Role::groupId).toList();
		TaskQuery query = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY);
		if (filter.mine()) {
			query.taskAssignee(user);
		}
		else if (groups.isEmpty()) {
			query.taskAssignee(user);
		}
		else {
			query.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Comparator<TaskView> byDue = Comparator.comparing(TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<TaskView> order = (filter.sortByPriority() ? Comparator.comparingInt(TaskView::priority).reversed().thenComparing(byDue) : byDue)
				// equal due dates are common (whole seconds on MySQL); the id keeps pages stable between requests
				.thenComparing(TaskView::id);
		return query.list().stream()
				.map(task -> view(task, now))
				.filter(view -> filter.platform() == null || view.platforms().contains(filter.platform()))
				.filter(view -> filter.crisis() == null || view.crisis() == filter.crisis())
				.filter(view -> filter.overdue() == null || view.overdue() == filter.overdue())
				.filter(view -> filter.campaign() == null || filter.campaign().equals(view.campaign()))
				.filter(view -> filter.candidateGroup() == null || view.candidateGroups().contains(filter.candidateGroup()))
				.sorted(order)
				.skip((long) filter.page() * filter.size())
				.limit(filter.size())
				.toList();
	}

	@Transactional
	public TaskView claim(String taskId) {
		Task task = task(taskId);
		String user = currentUser.username();
		requireReviewTask(task);
		requireCandidate(task, user);
		checkSegregation(task, user);
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
		Task task = task(taskId);
		if (!currentUser.username().equals(task.getAssignee()) && !currentUser.hasRole(Role.ADMIN)) {
			throw ApiProblem.forbidden("only the assignee or an admin may release a task");
		}
		tasks.setAssignee(taskId, null);
		return view(task(taskId), ClockUtil.getCurrentTime().toInstant());
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

	private void requireCandidate(Task task, String user) {
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

	private Task task(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(PROCESS_KEY).singleResult();
		if (task == null) {
			throw ApiProblem.notFound("no open task " + taskId);
		}
		String user = currentUser.username();
		Set<String> groups = currentUser.roles().stream().map(Role::groupId).collect(Collectors.toSet());
		boolean visible = user.equals(task.getAssignee()) || tasks.getIdentityLinksForTask(taskId).stream()
				.map(IdentityLink::getGroupId).filter(Objects::nonNull).anyMatch(groups::contains);
		if (!visible) {
			throw ApiProblem.notFound("no open task " + taskId);
		}
		return task;
	}

	private String businessKey(Task task) {
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
