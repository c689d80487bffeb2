package io.postgate.content;

import java.time.Instant;
import java.util.List;

/** What the workflow and review need to know about a content item, without its text. */
public record ContentFacts(String id, ContentStatus status, int revision, String owner, String planner, String lastReviser,
		Instant scheduledAt, Integer approvedRevision, String approvedFingerprint, String campaign, List<String> platforms) {
}
