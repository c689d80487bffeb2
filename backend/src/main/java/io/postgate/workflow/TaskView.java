package io.postgate.workflow;

import java.time.Instant;
import java.util.List;

/** A task as the task list shows it. */
public record TaskView(String id, String name, String taskKey, String contentId, String title, String assignee, List<String> candidateGroups,
		Instant due, int priority, Instant created, boolean overdue, List<String> platforms, boolean crisis, String campaign) {
}
