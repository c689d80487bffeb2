package io.postgate.screening.language;

import java.util.Map;
import java.util.Set;

/**
 * Checkers shared by every test class in one JVM: English needs seconds to warm up, so each kind is
 * built once. Later instances of a language are cheap because LanguageTool keeps its dictionaries.
 */
final class TestCheckers {

	static final Set<String> BRAND_TERMS = Set.of("Northwind Tea", "Northwind Jasmine Pearl", "NorthwindGo");

	private static LanguageChecker shared;
	private static LanguageChecker uncached;

	private TestCheckers() {
	}

	/** The default configuration, warmed up. */
	static synchronized LanguageChecker shared() {
		if (shared == null) {
			shared = new LanguageChecker(LanguageCheckerConfig.defaults());
			shared.warmUp();
		}
		return shared;
	}

	/** Default rules without any cache: what a first check of a text returns. */
	static synchronized LanguageChecker uncached() {
		if (uncached == null) {
			LanguageCheckerConfig defaults = LanguageCheckerConfig.defaults();
			uncached = new LanguageChecker(new LanguageCheckerConfig(defaults.languages(), 1,
					defaults.maxTextLength(), defaults.timeBudget(), 0, 0, Integer.MAX_VALUE,
					defaults.maxSuggestions(), Map.of()));
			uncached.warmUp();
		}
		return uncached;
	}
}
