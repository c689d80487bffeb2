package io.postgate.publishing;

import io.postgate.content.ContentFacts;
import io.postgate.content.Contents;
import io.postgate.content.Platform;
import io.postgate.content.Revision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publishes an approved revision to one platform, at most once per (content, revision, platform):
 * a delivery already marked published is not sent again, and the adapter carries the idempotency key.
 * Refuses anything whose fingerprint differs from the approved one. Each platform goes to its configured
 * {@link Channel} (the outbox when none is configured). A failed attempt is recorded in its own transaction
 * (the caller's rolls back), so the delivery shows FAILED, the attempt count and the last error.
 */
@Service
public class Publishing {

	private final Contents contents;
	private final Channels channels;
	private final Map<Channel.AdapterType, ChannelAdapter> adapters;
	private final FailedAttempts failedAttempts;
	private final Freezes freezes;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Publishing(Contents contents, Channels channels, List<ChannelAdapter> adapters, FailedAttempts failedAttempts, Freezes freezes,
			JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.contents = contents;
		this.channels = channels;
		this.adapters = adapters.stream().collect(Collectors.toUnmodifiableMap(ChannelAdapter::type, adapter -> adapter));
		this.failedAttempts = failedAttempts;
		this.freezes = freezes;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Delivery publish(String contentId, int revisionNumber, String platformId, String approvedFingerprint) throws DeliveryException {
		ContentFacts facts = contents.facts(contentId);
		Revision revision = contents.revision(contentId, revisionNumber);
		if (facts.approvedRevision() == null || facts.approvedRevision() != revisionNumber
				|| !revision.fingerprint().equals(facts.approvedFingerprint()) || !revision.fingerprint().equals(approvedFingerprint)) {
			throw new DeliveryException("revision " + revisionNumber + " of " + contentId
					+ " is not what was approved (fingerprint mismatch): refusing to publish", false, null);
		}
		Platform platform = Platform.ofId(platformId).orElseThrow();
		String key = RenderedPost.idempotencyKey(contentId, revisionNumber, platform);
		Optional<Delivery> existing = find(contentId, revisionNumber, platform.id());
		if (existing.isPresent() && (existing.get().state().equals(Delivery.PUBLISHED) || existing.get().state().equals(Delivery.AWAITING_PERSON))) {
			return existing.get();
		}
		RenderedPost post = RenderedPost.of(contentId, revision, platform);
		Optional<Freezes.Freeze> freeze = freezes.holding(platform.id());
		if (freeze.isPresent()) {
			throw new PublishingFrozen(platform.id(), freeze.get().reason());
		}
		Channel channel = channels.forPlatform(platform.id());
		try {
			if (!channel.enabled()) {
				throw new DeliveryException("the " + platform.id() + " channel is disabled", false, null);
			}
			if (channel.adapter() == Channel.AdapterType.ASSISTED) {
				Delivery awaiting = record(existing, contentId, revisionNumber, platform.id(), key, Delivery.AWAITING_PERSON, null, null, null);
				events.publishEvent(new PublishingEvents.ManualPublicationRequested(contentId, revisionNumber, platform.id(),
						channel.publisherGroup(), channel.publisherUser()));
				return awaiting;
			}
			ChannelAdapter.DeliveryReceipt receipt = adapters.get(channel.adapter()).deliver(post, channel);
			Delivery delivery = record(existing, contentId, revisionNumber, platform.id(), key, Delivery.PUBLISHED, receipt.remoteId(),
					receipt.remoteUrl(), null);
			events.publishEvent(new PublishingEvents.PostPublished(contentId, revisionNumber, platform.id(), receipt.remoteId(),
					receipt.remoteUrl(), key));
			return delivery;
		}
		catch (DeliveryException e) {
			failedAttempts.record(contentId, revisionNumber, platform.id(), key, e.getMessage());
			events.publishEvent(new PublishingEvents.PublishAttemptFailed(contentId, revisionNumber, platform.id(), e.getMessage(),
					e.retryable()));
			throw e;
		}
	}

	/** Who publishes a platform's posts by hand; empty unless the platform's channel is assisted. */
	public Optional<ManualPublisher> manualPublisher(String platform) {
		Channel channel = channels.forPlatform(platform);
		return channel.adapter() == Channel.AdapterType.ASSISTED
				? Optional.of(new ManualPublisher(channel.accountName(), channel.publisherGroup(), channel.publisherUser()))
				: Optional.empty();
	}

	/** Each destination's state and the post's overall one; empty until a revision is approved. */
	public Optional<PublicationSummary> publication(String contentId) {
		Integer approved = contents.facts(contentId).approvedRevision();
		if (approved == null) {
			return Optional.empty();
		}
		List<String> platforms = contents.revision(contentId, approved).platforms().stream().map(Platform::id).sorted().toList();
		return Optional.of(PublicationSummary.of(approved, platforms, deliveries(contentId)));
	}

	public List<Delivery> deliveries(String contentId) {
		return jdbc.sql(Delivery.SELECT + "where content_id = ? order by revision, platform")
				.param(contentId).query(Delivery::read).list();
	}

	Optional<Delivery> find(String contentId, int revision, String platform) {
		return jdbc.sql(Delivery.SELECT + "where content_id = ? and revision = ? and platform = ?")
				.params(contentId, revision, platform).query(Delivery::read).optional();
	}

	private Delivery record(Optional<Delivery> existing, String contentId, int revision, String platform, String key, String state,
			String remoteId, String remoteUrl, String error) {
		Timestamp now = Timestamp.from(clock.instant());
		int attempts = existing.map(Delivery::attempts).orElse(0) + 1;
		if (existing.isPresent()) {
			jdbc.sql("update delivery set state = ?, attempts = ?, remote_id = ?, remote_url = ?, last_error = ?, published_at = ?, updated_at = ? "
					+ "where content_id = ? and revision = ? and platform = ?")
					.params(state, attempts, remoteId, remoteUrl, error, now, now, contentId, revision, platform).update();
		}
		else {
			jdbc.sql("insert into delivery (content_id, revision, platform, idempotency_key, state, attempts, remote_id, remote_url, last_error, "
					+ "published_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
					.params(contentId, revision, platform, key, state, attempts, remoteId, remoteUrl, error, now, now).update();
		}
		return new Delivery(contentId, revision, platform, key, state, attempts, remoteId, remoteUrl, error, now.toInstant(), null, null, null, null);
	}

	/** The account a person publishes to by hand, and who that is: a group's members, or one user. */
	public record ManualPublisher(String accountName, String group, String user) {
	}
}
