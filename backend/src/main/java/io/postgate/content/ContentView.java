package io.postgate.content;

import java.time.Instant;
import java.util.List;

/** A content item as the API shows it: status, facts, and its revisions (newest last). */
public record ContentView(String id, ContentStatus status, int revision, String owner, String planner, String theme,
		ContentType contentType, String campaign, String notes, List<String> platforms, Instant scheduledAt, Instant createdAt,
		Instant updatedAt, Integer approvedRevision, String approvedFingerprint, Revision current, List<Revision> revisions) {
}
