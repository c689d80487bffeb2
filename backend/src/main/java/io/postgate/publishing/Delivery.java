package io.postgate.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One destination of a post: its idempotency key, state and the remote result. A destination published by hand
 * also says whether the text the person recorded matched the approved text ({@code textMatches}), who recorded it,
 * and the SHA-256 and media type of their screenshot ({@link ManualPublications#screenshot}).
 */
public record Delivery(String contentId, int revision, String platform, String idempotencyKey, String state, int attempts,
		String remoteId, String remoteUrl, String lastError, Instant publishedAt, Boolean textMatches, String recordedBy,
		String proofSha256, String proofMediaType) {

	public static final String PUBLISHED = "PUBLISHED";
	public static final String FAILED = "FAILED";
	/** An assisted channel's destination: a person publishes it by hand and records the proof. */
	public static final String AWAITING_PERSON = "AWAITING_PERSON";

	static final String SELECT = "select content_id, revision, platform, idempotency_key, state, attempts, remote_id, remote_url, last_error, "
			+ "published_at, text_matches, recorded_by, proof_sha256, proof_media_type from delivery ";

	/** The name a screenshot of this delivery is offered under: platform, revision and the extension of its media type. */
	public String proofFileName() {
		String extension = switch (String.valueOf(proofMediaType)) {
			case "image/jpeg" -> "jpg";
			case "image/webp" -> "webp";
			case "image/gif" -> "gif";
			default -> "png";
		};
		return platform + "-revision-" + revision + "." + extension;
	}

	/** Mapped by hand: MariaDB's driver returns LocalDateTime for timestamps, which Spring does not convert to Instant. */
	static Delivery read(ResultSet row, int number) throws SQLException {
		Timestamp publishedAt = row.getTimestamp("published_at");
		boolean matches = row.getBoolean("text_matches");
		Boolean textMatches = row.wasNull() ? null : matches;
		return new Delivery(row.getString("content_id"), row.getInt("revision"), row.getString("platform"), row.getString("idempotency_key"),
				row.getString("state"), row.getInt("attempts"), row.getString("remote_id"), row.getString("remote_url"),
				row.getString("last_error"), publishedAt == null ? null : publishedAt.toInstant(), textMatches,
				row.getString("recorded_by"), row.getString("proof_sha256"), row.getString("proof_media_type"));
	}
}
