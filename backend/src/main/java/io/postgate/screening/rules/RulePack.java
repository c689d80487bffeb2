package io.postgate.screening.rules;

import java.util.List;
import java.util.Locale;

import io.postgate.screening.FindingCategory;

/**
 * A versioned pack of rules for one category. A pack with a {@link DisclosureCondition} lists the
 * phrases that satisfy the condition instead of phrases that are findings.
 */
record RulePack(
		String id,
		String version,
		String description,
		String source,
		List<String> languages,
		FindingCategory category,
		List<PhraseRule> rules,
		DisclosureCondition condition) {

	RulePack {
		languages = List.copyOf(languages);
		rules = List.copyOf(rules);
	}

	/** "en" and "en-US" both match "en-US"; a missing language matches every pack. */
	static boolean languageMatches(List<String> languages, String language) {
		if (language == null || language.isBlank()) {
			return true;
		}
		String wanted = language.toLowerCase(Locale.ROOT);
		for (String l : languages) {
			String have = l.toLowerCase(Locale.ROOT);
			if (have.equals(wanted) || wanted.startsWith(have + "-") || have.startsWith(wanted + "-")
					|| primary(have).equals(primary(wanted))) {
				return true;
			}
		}
		return false;
	}

	private static String primary(String tag) {
		int dash = tag.indexOf('-');
		return dash < 0 ? tag : tag.substring(0, dash);
	}
}
