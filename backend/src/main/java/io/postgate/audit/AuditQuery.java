package io.postgate.audit;

import java.time.Instant;

/**
 * Filters for searching and exporting the trail; null means "any". {@code from} is inclusive, {@code to}
 * exclusive; {@code actor} is a username or "system"; {@code platform} matches one of an entry's platforms.
 */
public record AuditQuery(String contentId, String actor, String eventType, String platform, Instant from, Instant to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	public static AuditQuery forContent(String contentId) {
		return new AuditQuery(contentId, null, null, null, null, null);
	}
}
