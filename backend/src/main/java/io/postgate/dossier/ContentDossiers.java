package io.postgate.dossier;

import io.postgate.audit.AuditTrail;
import io.postgate.content.ContentView;
import io.postgate.content.Contents;
import io.postgate.publishing.Publishing;
import io.postgate.review.ReviewDecisions;
import io.postgate.screening.Screening;
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

	ContentDossiers(Contents contents, Screening screening, ReviewDecisions decisions, Publishing publishing, AuditTrail audit) {
		this.contents = contents;
		this.screening = screening;
		this.decisions = decisions;
		this.publishing = publishing;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	ContentDossier of(String contentId) {
		ContentView content = contents.get(contentId);
		return new ContentDossier(content, content.revision() == 0 ? null : screening.report(contentId, content.revision()).orElse(null),
				decisions.of(contentId), publishing.deliveries(contentId), publishing.publication(contentId).orElse(null),
				audit.timeline(contentId).stream().map(ContentDossier.TimelineEntry::of).toList());
	}
}
