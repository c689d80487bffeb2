package io.postgate.screening.rules;

import java.util.List;
import java.util.regex.Pattern;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * One rule of a pack: phrases (matched by the automaton), optional regular expressions, and
 * allow-list exceptions (phrases, or regular expressions where a list of phrases cannot say it, such as
 * "No. 1 Harbor Street") that suppress a phrase or pattern match lying inside them.
 */
record PhraseRule(
		String id,
		String packId,
		FindingCategory category,
		Severity severity,
		List<String> languages,
		List<String> phrases,
		List<Pattern> patterns,
		List<String> exceptions,
		List<Pattern> exceptionPatterns,
		String message,
		String suggestion,
		String legalReference,
		boolean wordBoundary) {

	PhraseRule {
		languages = List.copyOf(languages);
		phrases = List.copyOf(phrases);
		patterns = List.copyOf(patterns);
		exceptions = List.copyOf(exceptions);
		exceptionPatterns = List.copyOf(exceptionPatterns);
	}

	boolean appliesTo(String language) {
		return RulePack.languageMatches(languages, language);
	}
}
