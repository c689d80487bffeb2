package io.postgate.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV of audit entries; cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
final class AuditCsv {

	private static final List<String> HEADER = List.of("sequence", "recordedAt", "actor", "actorRoles", "contentId", "revision",
			"eventType", "platforms", "payload", "previousHash", "entryHash");

	private AuditCsv() {
	}

	static void header(Writer writer) throws IOException {
		line(writer, HEADER);
	}

	static void row(Writer writer, AuditEntry entry) throws IOException {
		line(writer, List.of(Long.toString(entry.sequence()), entry.recordedAt().toString(), entry.actor(),
				String.join(",", entry.actorRoles()), nullToEmpty(entry.contentId()),
				entry.revision() == null ? "" : entry.revision().toString(), entry.eventType(), String.join(",", entry.platforms()),
				entry.payload().toString(), entry.previousHash(), entry.entryHash()));
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	private static void line(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
