package io.postgate.content;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by modules that have advice on a submitted post (publishing: the promotional share). Content cannot
 * depend on them, so they plug in here, as screening's {@code RoutingDecider} does for the workflow.
 */
public interface SubmitAdvisor {

	List<SubmitWarning> adviseOn(Submission submission);

	/** The submitted revision's facts; {@code publishAt} is its schedule, or the time of submission when it has none. */
	record Submission(String contentId, List<String> platforms, boolean sponsored, Instant publishAt) {
	}
}
