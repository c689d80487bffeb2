package io.postgate.dossier;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.postgate.audit.AuditEntry;
import io.postgate.content.ContentView;
import io.postgate.publishing.Delivery;
import io.postgate.publishing.PublicationSummary;
import io.postgate.review.ReviewDecisions;
import io.postgate.screening.Screening;

import java.util.List;

/**
 * Everything known about one content item: the item and its revisions, the latest screening report,
 * the review decisions, the deliveries with the publication summary (null before approval) and the audit timeline.
 */
public record ContentDossier(@JsonUnwrapped ContentView content, Screening.StoredReport latestReport, List<ReviewDecisions.Decision> decisions,
		List<Delivery> deliveries, PublicationSummary publication, List<TimelineEntry> timeline) {

	/** One audit entry as the status page shows it. */
	public record TimelineEntry(long sequence, java.time.Instant at, String actor, List<String> actorRoles, Integer revision, String event,
			com.fasterxml.jackson.databind.JsonNode details) {

		static TimelineEntry of(AuditEntry entry) {
			return new TimelineEntry(entry.sequence(), entry.recordedAt(), entry.actor(), entry.actorRoles(), entry.revision(), entry.eventType(),
					entry.payload());
		}
	}
}
