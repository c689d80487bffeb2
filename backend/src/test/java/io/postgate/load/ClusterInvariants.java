package io.postgate.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.postgate.publishing.WebhookReceiver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold after a run, whatever was killed on the way: every item PUBLISHED; each destination's post received
 * once by the platform (one post per idempotency key, repeats answered with that post); each destination delivered
 * and recorded once; one screening per item; no task, job, incident or execution left in the engine; the audit
 * chain verifies and holds each item's submission, screening, approval and publications once.
 */
final class ClusterInvariants {

	private final List<String> failures = new ArrayList<>();
	private final List<String> facts = new ArrayList<>();

	static ClusterInvariants check(List<String> ids, LoadDriver driver, WebhookReceiver receiver, String jdbcUrl, String dbUser) throws SQLException {
		ClusterInvariants result = new ClusterInvariants();
		Map<String, Long> statuses = driver.statusCounts(ids);
		result.expect(statuses.getOrDefault("PUBLISHED", 0L) == ids.size(), "items PUBLISHED: " + statuses);
		try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
			result.checkDeliveries(ids, receiver, db);
			result.checkEngine(db);
			result.checkAuditEntries(ids, db);
			result.expect(count(db, "select count(*) from screening_report") == ids.size(), "screening reports: one per item");
		}
		JsonNode verify = driver.verifyAudit();
		result.expect(verify.get("valid").asBoolean(), "audit chain verifies: " + verify);
		return result;
	}

	boolean passed() {
		return failures.isEmpty();
	}

	List<String> facts() {
		return facts;
	}

	List<String> failures() {
		return failures;
	}

	private void checkDeliveries(List<String> ids, WebhookReceiver receiver, Connection db) throws SQLException {
		Set<String> expectedKeys = new HashSet<>();
		try (PreparedStatement query = db.prepareStatement("select idempotency_key, state from delivery")) {
			ResultSet rows = query.executeQuery();
			while (rows.next()) {
				expectedKeys.add(rows.getString(1));
				expect("PUBLISHED".equals(rows.getString(2)), "delivery " + rows.getString(1) + " is " + rows.getString(2));
			}
		}
		long destinations = count(db, "select count(*) from content_platform");
		expect(expectedKeys.size() == destinations, "deliveries " + expectedKeys.size() + " for " + destinations + " destinations");
		Map<String, String> posts = receiver.posts();
		expect(posts.keySet().equals(expectedKeys), "posts at the receiver (" + posts.size() + ") match the deliveries (" + expectedKeys.size() + ")");
		Map<String, Integer> requestsPerKey = new HashMap<>();
		receiver.requests().forEach(request -> requestsPerKey.merge(request.idempotencyKey(), 1, Integer::sum));
		long repeated = requestsPerKey.values().stream().filter(n -> n > 1).count();
		expect(receiver.requests().stream().allMatch(WebhookReceiver.Received::signatureValid), "every webhook signature valid");
		facts.add("receiver: " + receiver.requests().size() + " requests, " + posts.size() + " posts (one per idempotency key), "
				+ repeated + " keys sent more than once and answered with the existing post");
		facts.add("items: " + ids.size() + ", destinations: " + destinations);
	}

	private void checkEngine(Connection db) throws SQLException {
		for (String table : List.of("ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_INCIDENT", "ACT_RU_EXECUTION", "ACT_RU_EXT_TASK")) {
			long left = count(db, "select count(*) from " + table);
			expect(left == 0, table + " rows left: " + left);
		}
		expect(count(db, "select count(*) from task_projection") == 0, "task list projection empty");
		facts.add("process deployments: " + count(db, "select count(*) from ACT_RE_DEPLOYMENT"));
	}

	private void checkAuditEntries(List<String> ids, Connection db) throws SQLException {
		Map<String, Map<String, Integer>> perItem = new HashMap<>();
		try (PreparedStatement query = db.prepareStatement("select content_id, event_type, count(*) from audit_entry where content_id is not null "
				+ "and event_type in ('ContentSubmitted', 'ScreeningCompleted', 'ContentApproved', 'PostPublished') group by content_id, event_type")) {
			ResultSet rows = query.executeQuery();
			while (rows.next()) {
				perItem.computeIfAbsent(rows.getString(1), id -> new HashMap<>()).put(rows.getString(2), rows.getInt(3));
			}
		}
		Map<String, Integer> platforms = new HashMap<>();
		try (PreparedStatement query = db.prepareStatement("select content_id, count(*) from content_platform group by content_id")) {
			ResultSet rows = query.executeQuery();
			while (rows.next()) {
				platforms.put(rows.getString(1), rows.getInt(2));
			}
		}
		int wrong = 0;
		for (String id : ids) {
			Map<String, Integer> events = perItem.getOrDefault(id, Map.of());
			boolean right = events.getOrDefault("ContentSubmitted", 0) == 1 && events.getOrDefault("ScreeningCompleted", 0) == 1
					&& events.getOrDefault("ContentApproved", 0) == 1 && events.getOrDefault("PostPublished", 0).equals(platforms.get(id));
			if (!right && wrong++ < 5) {
				failures.add("audit entries of " + id + ": " + events + " for " + platforms.get(id) + " platforms");
			}
		}
		expect(wrong == 0, "items with the audit entries expected once each: " + (ids.size() - wrong) + " of " + ids.size());
		facts.add("audit entries: " + count(db, "select count(*) from audit_entry"));
	}

	private void expect(boolean holds, String what) {
		(holds ? facts : failures).add(what);
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			ResultSet rows = query.executeQuery();
			rows.next();
			return rows.getLong(1);
		}
	}
}
