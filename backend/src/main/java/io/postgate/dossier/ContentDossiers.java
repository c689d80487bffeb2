package io.postgate.dossier;

import io.postgate.audit.AuditTrail;
import io.postgate.content.ContentView;
import io.postgate.content.Contents;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.ManualPublications;
import io.postgate.publishing.Publishing;
import io.postgate.review.ReviewDecisions;
import io.postgate.screening.Screening;
import io.postgate.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a content item's dossier; reading it needs the same rights as reading the content. */
@Service
class ContentDossiers {

	private final Contents contents;
	private final Screening screening;
	private final ReviewDecisions decisions;
	private final Publishing publishing;
	private final AuditTrail audit;
	private final ManualPublications manualPublications;

	ContentDossiers(Contents contents, Screening screening, ReviewDecisions decisions, Publishing publishing, AuditTrail audit,
			ManualPublications manualPublications) {
		this.contents = contents;
		this.screening = screening;
		this.decisions = decisions;
		this.publishing = publishing;
		this.audit = audit;
		this.manualPublications = manualPublications;
	}

	@Transactional(readOnly = true)
	ContentDossier of(String contentId) {
		ContentView content = contents.get(contentId);
		return new ContentDossier(content, content.revision() == 0 ? null : screening.report(contentId, content.revision()).orElse(null),
				decisions.of(contentId), publishing.deliveries(contentId), publishing.publication(contentId).orElse(null),
				audit.timeline(contentId).stream().map(ContentDossier.TimelineEntry::of).toList());
	}

	/**
	 * The screenshot recorded when a person published the revision to the platform by hand: 404 when there is none (or
	 * the item is not readable), 410 when the proof store lost it or its bytes no longer have the recorded hash.
	 */
	@Transactional(readOnly = true)
	ProofScreenshot proof(String contentId, int revision, String platform) {
		contents.get(contentId);
		Delivery delivery = publishing.deliveries(contentId).stream()
				.filter(candidate -> candidate.revision() == revision && candidate.platform().equals(platform) && candidate.proofSha256() != null)
				.findFirst()
				.orElseThrow(() -> ApiProblem.notFound("no screenshot was recorded for " + platform + " in revision " + revision));
		byte[] bytes = manualPublications.screenshot(delivery).orElseThrow(() -> new ApiProblem(HttpStatus.GONE, "Proof missing",
				"the screenshot recorded for " + platform + " (SHA-256 " + delivery.proofSha256()
						+ ") is not in the proof store, or its content no longer has that hash"));
		return new ProofScreenshot(delivery, bytes);
	}

	/** A delivery's screenshot, checked against the hash recorded with it. */
	record ProofScreenshot(Delivery delivery, byte[] bytes) {
	}
}
