package io.postgate.content;

/** Where a content item stands in its lifecycle (see docs/architecture.md). */
public enum ContentStatus {
	DRAFT, SCREENING, CHANGES_REQUESTED, IN_REVIEW, LEGAL_REVIEW, SCHEDULED, PUBLISHING, PUBLISHED, PUBLISH_FAILED, REJECTED,
	WITHDRAWN;

	public boolean editable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	public boolean finished() {
		return this == PUBLISHED || this == REJECTED || this == WITHDRAWN;
	}

	/** Reschedule and withdraw are possible until publishing starts. */
	public boolean beforePublishing() {
		return !finished() && this != PUBLISHING && this != PUBLISH_FAILED;
	}
}
