package io.postgate.content;

import java.time.Instant;
import java.util.List;

/** The content module's domain events; the workflow follows them and the audit trail records them. */
public final class ContentEvents {

	private ContentEvents() {
	}

	public record DraftCreated(String contentId, int revision, String actor, String owner, String planner, Instant draftDue,
			List<String> platforms, boolean fromBrief) {
	}

	public record RevisionSaved(String contentId, int revision, String actor, String fingerprint, List<String> platforms) {
	}

	public record ContentSubmitted(String contentId, int revision, String actor, List<String> platforms, boolean sponsored,
			boolean crisis, Instant scheduledAt) {
	}

	public record ContentWithdrawn(String contentId, int revision, String actor, String reason) {
	}

	public record ContentRescheduled(String contentId, int revision, String actor, Instant scheduledAt) {
	}

	public record ContentStatusChanged(String contentId, int revision, String from, String to) {
	}

	public record ContentApproved(String contentId, int revision, String actor, String fingerprint) {
	}

	public record AttachmentAdded(String contentId, int revision, String actor, String sha256, String fileName, String mediaType,
			long sizeBytes) {
	}
}
