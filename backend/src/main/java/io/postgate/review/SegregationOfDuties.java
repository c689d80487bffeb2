package io.postgate.review;

import io.postgate.content.ContentFacts;
import io.postgate.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Nobody approves or signs off content they authored or last revised, and one person does not do
 * both the editorial review and the legal sign-off of one revision. Enforced on claim and on completion.
 */
@Component
public class SegregationOfDuties {

	public static final String OWN_CONTENT = "authors cannot review or sign off their own content";
	public static final String LAST_REVISER = "the last reviser of a revision cannot review or sign it off";
	public static final String REVIEW_AND_SIGNOFF = "the editorial reviewer of a revision cannot also give its legal sign-off";

	public void check(String actor, ContentFacts content, ReviewStep step, String editorialReviewerOfRevision) {
		if (actor.equals(content.owner())) {
			throw ApiProblem.forbidden(OWN_CONTENT);
		}
		if (actor.equals(content.lastReviser())) {
			throw ApiProblem.forbidden(LAST_REVISER);
		}
		if (step == ReviewStep.LEGAL_SIGNOFF && actor.equals(editorialReviewerOfRevision)) {
			throw ApiProblem.forbidden(REVIEW_AND_SIGNOFF);
		}
	}
}
