package io.postgate.content;

import java.time.Instant;
import java.util.List;

/** A post that is scheduled or already out: what the promotional share counts, without the text. */
public record PlannedPost(String contentId, List<String> platforms, Instant publishAt, boolean sponsored) {
}
