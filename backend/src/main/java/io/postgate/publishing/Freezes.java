package io.postgate.publishing;

import io.postgate.content.Platform;
import io.postgate.identity.CurrentUser;
import io.postgate.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishing freezes during a crisis: one platform's or all scheduled publishing waits until the freeze is lifted.
 * Freezing and lifting are events, so the audit trail records who, when and why.
 */
@Service
public class Freezes {

	private final JdbcClient jdbc;
	private final CurrentUser currentUser;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Freezes(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	public record Freeze(String id, String platform, String reason, String frozenBy, Instant frozenAt) {
	}

	public List<Freeze> active() {
		return jdbc.sql("select id, platform, reason, frozen_by, frozen_at from publishing_freeze where lifted_at is null order by frozen_at")
				.query((row, number) -> new Freeze(row.getString("id"), row.getString("platform"), row.getString("reason"),
						row.getString("frozen_by"), row.getTimestamp("frozen_at").toInstant()))
				.list();
	}

	/** The freeze holding the platform's publishing, if any: one for the platform or one for all platforms. */
	public Optional<Freeze> holding(String platform) {
		return active().stream().filter(freeze -> freeze.platform() == null || freeze.platform().equals(platform)).findFirst();
	}

	@Transactional
	public Freeze freeze(String platformId, String reason) {
		String platform = platformId == null || platformId.isBlank() ? null
				: Platform.ofId(platformId).orElseThrow(() -> ApiProblem.badRequest("platform: unknown platform '" + platformId + "'")).id();
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw ApiProblem.badRequest("reason: required, at most 1000 characters");
		}
		boolean alreadyFrozen = active().stream().anyMatch(freeze -> freeze.platform() == null ? platform == null : freeze.platform().equals(platform));
		if (alreadyFrozen) {
			throw ApiProblem.conflict("publishing to " + (platform == null ? "all platforms" : platform) + " is already frozen");
		}
		Freeze freeze = new Freeze(UUID.randomUUID().toString(), platform, reason.trim(), currentUser.username(), clock.instant());
		jdbc.sql("insert into publishing_freeze (id, platform, reason, frozen_by, frozen_at) values (?, ?, ?, ?, ?)")
				.params(freeze.id(), platform, freeze.reason(), freeze.frozenBy(), Timestamp.from(freeze.frozenAt())).update();
		events.publishEvent(new PublishingEvents.PublishingFrozen(platform, freeze.reason(), freeze.frozenBy()));
		return freeze;
	}

	/** Lifts the freeze of the platform (or the all-platforms freeze when platform is null). */
	@Transactional
	public void lift(String platformId) {
		String platform = platformId == null || platformId.isBlank() ? null : platformId.trim().toLowerCase();
		int lifted = jdbc.sql("update publishing_freeze set lifted_by = ?, lifted_at = ? where lifted_at is null and "
				+ (platform == null ? "platform is null" : "platform = ?"))
				.params(platform == null ? List.of(currentUser.username(), Timestamp.from(clock.instant()))
						: List.of(currentUser.username(), Timestamp.from(clock.instant()), platform))
				.update();
		if (lifted == 0) {
			throw ApiProblem.conflict("publishing to " + (platform == null ? "all platforms" : platform) + " is not frozen");
		}
		events.publishEvent(new PublishingEvents.PublishingFreezeLifted(platform, currentUser.username()));
	}
}
