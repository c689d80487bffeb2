package io.postgate.audit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What an attacker with database access does: drop the append-only triggers, change the audit tables,
 * and (for the test) put everything back, triggers included, from the same migration script.
 */
final class AuditTampering {

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final AuditEntries entries;
	private final String vendor;
	private List<StoredEntry> snapshot;

	AuditTampering(JdbcTemplate jdbc, DataSource dataSource, AuditEntries entries) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.entries = entries;
		this.vendor = vendor(dataSource);
	}

	/** Remembers the chain and drops the triggers. */
	void begin() {
		snapshot = entries.after(0, Integer.MAX_VALUE);
		dropTriggers();
	}

	List<StoredEntry> chain() {
		return snapshot;
	}

	void update(String sql, Object... params) {
		jdbc.update(sql, params);
	}

	void insert(StoredEntry entry) {
		entries.insert(entry);
	}

	/** Moves entries from {@code fromSequence} on by {@code by}, without tripping over the primary key. */
	void renumberFrom(long fromSequence, long by) {
		jdbc.update("update audit_entry set sequence_no = sequence_no + 1000000000 where sequence_no >= ?", fromSequence);
		jdbc.update("update audit_entry set sequence_no = sequence_no - 1000000000 + ? where sequence_no >= ?", by, 1000000000 + fromSequence);
	}

	/** Puts the remembered chain back and recreates the triggers. */
	void restore() {
		dropTriggers();
		jdbc.update("delete from audit_entry");
		snapshot.forEach(entries::insert);
		new ResourceDatabasePopulator(new ClassPathResource("db/vendor/" + vendor + "/V102__audit_append_only.sql")).execute(dataSource);
	}

	private void dropTriggers() {
		List<String> triggers = vendor.equals("h2") ? List.of("audit_entry_append_only", "audit_chain_append_only")
				: List.of("audit_entry_no_update", "audit_entry_no_delete", "audit_chain_no_update", "audit_chain_no_delete");
		triggers.forEach(trigger -> jdbc.execute("drop trigger if exists " + trigger));
	}

	private static String vendor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:") ? "h2" : "mysql";
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
