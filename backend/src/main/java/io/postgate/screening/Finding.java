package io.postgate.screening;

import java.util.List;

/**
 * One screening finding. {@code start} and {@code end} are UTF-16 offsets (end exclusive) into the
 * screened text, so {@code text.substring(start, end)} is the excerpt.
 */
public record Finding(
		FindingCategory category,
		String ruleId,
		Severity severity,
		int start,
		int end,
		String excerpt,
		String message,
		List<String> suggestions,
		String legalReference) {

	public Finding {
		suggestions = List.copyOf(suggestions);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span " + start + ".." + end);
		}
	}

	public boolean blocking() {
		return category.blocking();
	}

	/** The same finding {@code by} UTF-16 units later (earlier when negative), never before offset 0. */
	public Finding shiftedBy(int by) {
		return by == 0 ? this
				: new Finding(category, ruleId, severity, Math.max(0, start + by), Math.max(0, end + by), excerpt, message, suggestions,
						legalReference);
	}
}
