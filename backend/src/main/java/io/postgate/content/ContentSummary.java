package io.postgate.content;

import java.time.Instant;
import java.util.List;

/** One row of a content list. */
public record ContentSummary(String id, ContentStatus status, int revision, String title, String owner, String theme,
		ContentType contentType, String campaign, List<String> platforms, Instant scheduledAt, Instant updatedAt) {
}
