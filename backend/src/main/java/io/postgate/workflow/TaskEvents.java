package io.postgate.workflow;

/** A user task opened or changed hands; published from the engine's transaction for notifications. */
public final class TaskEvents {

	private TaskEvents() {
	}

	/** A task opened, for the candidate group or already for an assignee (either may be null). */
	public record TaskCreated(String contentId, String taskId, String taskKey, String taskName, String candidateGroup, String assignee) {
	}

	/** A task was claimed, delegated or assigned; {@code assignee} is null when it went back to the group. */
	public record TaskAssigned(String contentId, String taskId, String taskKey, String taskName, String assignee) {
	}
}
