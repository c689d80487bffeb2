package io.postgate.screening.rules;

import io.postgate.screening.Severity;

/**
 * "When the post is sponsored, one of the pack's phrases must stand in a conspicuous place": in the
 * title, or starting within the first {@code bodyChars} UTF-16 units of the body and not after
 * {@code hashtagsBefore} or more hashtags in a row (a disclosure buried in a hashtag block).
 */
record DisclosureCondition(
		String ruleId,
		Severity severity,
		boolean titleCounts,
		int bodyChars,
		int hashtagsBefore,
		String message,
		String suggestion,
		String legalReference) {
}
