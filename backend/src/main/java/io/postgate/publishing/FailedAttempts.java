package io.postgate.publishing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Records a failed delivery attempt in a transaction of its own: the publishing job's transaction rolls back when
 * the attempt fails, and the failure must stay visible on the delivery (state FAILED, attempts, last error).
 */
@Component
class FailedAttempts {

	static final String FAILED = Delivery.FAILED;

	private final JdbcClient jdbc;
	private final Clock clock;

	FailedAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String contentId, int revision, String platform, String key, String error) {
		Timestamp now = Timestamp.from(clock.instant());
		String message = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
		int updated = jdbc.sql("update delivery set state = ?, attempts = attempts + 1, last_error = ?, updated_at = ? "
				+ "where content_id = ? and revision = ? and platform = ? and state <> 'PUBLISHED'")
				.params(FAILED, message, now, contentId, revision, platform).update();
		boolean exists = jdbc.sql("select count(*) from delivery where content_id = ? and revision = ? and platform = ?")
				.params(contentId, revision, platform).query(Integer.class).single() > 0;
		if (updated == 0 && !exists) {
			jdbc.sql("insert into delivery (content_id, revision, platform, idempotency_key, state, attempts, last_error, updated_at) "
					+ "values (?, ?, ?, ?, ?, 1, ?, ?)")
					.params(contentId, revision, platform, key, FAILED, message, now).update();
		}
	}
}
