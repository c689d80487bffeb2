package io.postgate.audit.h2;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/** H2 trigger (see db/vendor/h2) that rejects UPDATE and DELETE on the audit tables. */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "deletes" : "updates") + " are rejected", "45000");
	}
}
