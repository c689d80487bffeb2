package io.postgate.review;

import java.util.List;

/** A reviewer or legal decided on a revision; recorded by the audit trail with comment and dispositions. */
public record ReviewDecided(String contentId, int revision, String actor, ReviewStep step, Outcome outcome, String comment,
		List<Disposition> dispositions, String fingerprint) {
}
