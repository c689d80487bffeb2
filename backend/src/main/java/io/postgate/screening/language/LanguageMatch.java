package io.postgate.screening.language;

import io.postgate.screening.FindingCategory;

import java.util.List;

/** One LanguageTool result, with offsets relative to the paragraph it was found in. */
record LanguageMatch(FindingCategory category, String ruleId, int start, int end, String message,
		List<String> suggestions) {

	LanguageMatch shiftedBy(int offset) {
		return new LanguageMatch(category, ruleId, start + offset, end + offset, message, suggestions);
	}
}
