package io.postgate.workflow;

import java.time.Instant;

/** A step missed its deadline: {@code escalatedTo} is the planner (overdue draft) or the group that must act. */
public record Escalated(String contentId, int revision, String step, String assignee, String escalatedTo, Instant due) {
}
