package io.postgate.workflow;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.postgate.identity.CurrentUser;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.Freezes;
import io.postgate.publishing.Freezes.Freeze;
import io.postgate.publishing.ManualPublications;
import io.postgate.publishing.ManualPublications.CopyPack;
import io.postgate.publishing.ManualPublications.Proof;
import io.postgate.review.ReviewDecisions;
import io.postgate.screening.Screening;
import io.postgate.web.ApiProblem;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.postgate.workflow.ProcessVariables.PLATFORM;
import static io.postgate.workflow.ProcessVariables.REVISION;
import static io.postgate.workflow.ProcessVariables.TASK_PUBLISH_BY_HAND;

/**
 * The "Publish by hand" task of an assisted channel's destination: its copy pack, and completing it with the proof.
 * Only the task's assignee or, while nobody holds it, a member of its group may see and complete it.
 */
@Service
class PublishByHandTasks {

	private final TaskInbox inbox;
	private final TaskService tasks;
	private final ManualPublications manual;
	private final CurrentUser currentUser;
	private final Screening screening;
	private final ReviewDecisions decisions;
	private final Freezes freezes;

	PublishByHandTasks(TaskInbox inbox, TaskService tasks, ManualPublications manual, CurrentUser currentUser, Screening screening,
			ReviewDecisions decisions, Freezes freezes) {
		this.freezes = freezes;
		this.screening = screening;
		this.decisions = decisions;
		this.inbox = inbox;
		this.tasks = tasks;
		this.manual = manual;
		this.currentUser = currentUser;
	}

	/** The copy pack with the checks the approved revision passed: machine screening and each review decision. */
	CopyPackView copyPack(String taskId) {
		Destination destination = destination(taskId);
		List<Check> checks = new ArrayList<>();
		screening.report(destination.contentId(), destination.revision()).ifPresent(report ->
				checks.add(new Check("SCREENING", report.blocking() ? "BLOCKING_FINDINGS" : "NO_BLOCKING_FINDINGS", null, null)));
		decisions.of(destination.contentId()).stream().filter(decision -> decision.revision() == destination.revision())
				.forEach(decision -> checks.add(new Check(decision.step().name(), decision.outcome().name(), decision.actor(), decision.decidedAt())));
		return new CopyPackView(manual.copyPack(destination.contentId(), destination.revision(), destination.platform()), checks,
				freezes.holding(destination.platform()).orElse(null));
	}

	byte[] media(String taskId, String sha256) {
		Destination destination = destination(taskId);
		return manual.media(destination.contentId(), destination.revision(), sha256);
	}

	/**
	 * Records the proof and completes the task; an unclaimed task is claimed for the caller first. While a freeze holds
	 * the platform the task stays open: the post is not to go out now, and a proof is recorded once the freeze is lifted.
	 */
	@Transactional
	Delivery complete(String taskId, Proof proof) {
		Destination destination = destination(taskId);
		String user = currentUser.username();
		if (destination.task().getAssignee() != null && !destination.task().getAssignee().equals(user)) {
			throw ApiProblem.forbidden("the task is claimed by " + destination.task().getAssignee());
		}
		freezes.holding(destination.platform()).ifPresent(freeze -> {
			throw ApiProblem.conflict("publishing to " + (freeze.platform() == null ? "all platforms" : freeze.platform())
					+ " is frozen (" + freeze.reason() + "); record the publication once the freeze is lifted").with("code", "publishing-frozen");
		});
		Delivery delivery = manual.record(destination.contentId(), destination.revision(), destination.platform(), proof, user);
		try {
			if (destination.task().getAssignee() == null) {
				tasks.claim(taskId, user);
			}
			tasks.complete(taskId);
		}
		catch (OptimisticLockingException e) {
			throw ApiProblem.conflict("the task was completed by someone else");
		}
		return delivery;
	}

	private Destination destination(String taskId) {
		Task task = inbox.task(taskId);
		if (!TASK_PUBLISH_BY_HAND.equals(task.getTaskDefinitionKey())) {
			throw ApiProblem.conflict("'" + task.getName() + "' is not a publish-by-hand task");
		}
		inbox.requireCandidate(task, currentUser.username());
		int revision = ((Number) tasks.getVariable(taskId, REVISION)).intValue();
		return new Destination(task, inbox.businessKey(task), revision, (String) tasks.getVariable(taskId, PLATFORM));
	}

	private record Destination(Task task, String contentId, int revision, String platform) {
	}

	/** {@code freeze}: the freeze holding the platform, or null; while there is one the post must not be published. */
	record CopyPackView(@JsonUnwrapped CopyPack pack, List<Check> checks, Freeze freeze) {
	}

	/** {@code check}: SCREENING or a review step; {@code by} and {@code at} for a person's decision. */
	record Check(String check, String outcome, String by, Instant at) {
	}
}
