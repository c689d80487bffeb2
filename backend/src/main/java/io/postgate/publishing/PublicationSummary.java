package io.postgate.publishing;

import java.util.List;

/**
 * Where an approved revision stands on each of its platforms, and overall. Derived from the deliveries, never stored:
 * the content status stays PUBLISHING / PUBLISHED / PUBLISH_FAILED (docs/publishing.md).
 */
public record PublicationSummary(int revision, State state, List<Destination> destinations) {

	public enum State {
		/** Nothing failed and not everything published yet: destinations queued or waiting for a person. */
		IN_PROGRESS,
		PUBLISHED,
		/** At least one destination published and at least one failed. */
		PARTIALLY_PUBLISHED,
		/** At least one destination failed and none published. */
		FAILED
	}

	/** {@code state}: QUEUED (no attempt yet), FAILED, PUBLISHED or AWAITING_PERSON. */
	public record Destination(String platform, String state, int attempts, String remoteUrl, String lastError, Boolean textMatches) {
	}

	static final String QUEUED = "QUEUED";

	static PublicationSummary of(int revision, List<String> platforms, List<Delivery> deliveries) {
		List<Destination> destinations = platforms.stream().map(platform -> deliveries.stream()
				.filter(delivery -> delivery.revision() == revision && delivery.platform().equals(platform)).findFirst()
				.map(d -> new Destination(platform, d.state(), d.attempts(), d.remoteUrl(), d.lastError(), d.textMatches()))
				.orElse(new Destination(platform, QUEUED, 0, null, null, null))).toList();
		long published = destinations.stream().filter(d -> d.state().equals(Delivery.PUBLISHED)).count();
		long failed = destinations.stream().filter(d -> d.state().equals(Delivery.FAILED)).count();
		State state = published == destinations.size() ? State.PUBLISHED
				: failed > 0 ? (published > 0 ? State.PARTIALLY_PUBLISHED : State.FAILED) : State.IN_PROGRESS;
		return new PublicationSummary(revision, state, destinations);
	}
}
