package io.postgate.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SQL access to audit_entry and audit_chain. Inserts only: the application never updates or deletes entries. */
@Repository
class AuditEntries {

	private static final String COLUMNS = "sequence_no, recorded_at, actor_ref, actor_roles, content_id, revision, event_type, "
			+ "platforms, payload, previous_hash, entry_hash";

	private static final RowMapper<StoredEntry> ROW = (rs, row) -> new StoredEntry(rs.getLong("sequence_no"), rs.getLong("recorded_at"),
			rs.getString("actor_ref"), rs.getString("actor_roles"), rs.getString("content_id"), rs.getObject("revision", Integer.class),
			rs.getString("event_type"), rs.getString("platforms"), rs.getString("payload"), rs.getString("previous_hash"),
			rs.getString("entry_hash"));

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The chain's identity, locking its row until the transaction ends: appends serialise on it, across nodes. */
	String lockChain() {
		return jdbc.sql("select chain_id from audit_chain where id = 1 for update").query(String.class).single();
	}

	String chainId() {
		return jdbc.sql("select chain_id from audit_chain where id = 1").query(String.class).single();
	}

	Optional<StoredEntry> head() {
		return jdbc.sql("select " + COLUMNS + " from audit_entry order by sequence_no desc limit 1").query(ROW).optional();
	}

	void insert(StoredEntry entry) {
		jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(entry.sequence(), entry.recordedAt(), entry.actorRef(), entry.actorRoles(), entry.contentId(), entry.revision(),
						entry.eventType(), entry.platforms(), entry.payload(), entry.previousHash(), entry.entryHash())
				.update();
	}

	/** Up to {@code limit} entries after {@code sequence}, in order: the whole trail is read in such chunks. */
	List<StoredEntry> after(long sequence, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_entry where sequence_no > ? order by sequence_no limit ?")
				.params(sequence, limit).query(ROW).list();
	}

	List<StoredEntry> find(Filter filter, long afterSequence, int limit) {
		Where where = filter.where();
		where.add("sequence_no > ?", afterSequence);
		List<Object> params = new ArrayList<>(where.params);
		params.add(limit);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql() + " order by sequence_no limit ?")
				.params(params).query(ROW).list();
	}

	List<StoredEntry> page(Filter filter, int page, int size) {
		Where where = filter.where();
		List<Object> params = new ArrayList<>(where.params);
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql() + " order by sequence_no limit ? offset ?")
				.params(params).query(ROW).list();
	}

	long count(Filter filter) {
		Where where = filter.where();
		return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params).query(Long.class).single();
	}

	/** Search criteria in stored terms: the actor as its pseudonymous reference, times in epoch milliseconds. */
	record Filter(String contentId, String actorRef, String eventType, String platform, Long fromMillis, Long toMillis) {

		Where where() {
			Where where = new Where();
			if (contentId != null) {
				where.add("content_id = ?", contentId);
			}
			if (actorRef != null) {
				where.add("actor_ref = ?", actorRef);
			}
			if (eventType != null) {
				where.add("event_type = ?", eventType);
			}
			if (platform != null) {
				where.add("concat(',', platforms, ',') like ?", "%," + platform.toUpperCase(Locale.ROOT) + ",%");
			}
			if (fromMillis != null) {
				where.add("recorded_at >= ?", fromMillis);
			}
			if (toMillis != null) {
				where.add("recorded_at < ?", toMillis);
			}
			return where;
		}
	}

	static final class Where {

		private final List<String> conditions = new ArrayList<>();
		private final List<Object> params = new ArrayList<>();

		void add(String condition, Object param) {
			conditions.add(condition);
			params.add(param);
		}

		String sql() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}
	}
}
