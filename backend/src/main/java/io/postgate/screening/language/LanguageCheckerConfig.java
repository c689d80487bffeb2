package io.postgate.screening.language;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Settings of the {@link LanguageChecker}.
 *
 * @param languages LanguageTool language codes to load at start-up, e.g. {@code en-US}, {@code zh-CN}
 * @param poolSize LanguageTool instances per language; also how many parts of one large text are checked in parallel
 * @param maxTextLength longest text accepted, in UTF-16 units; longer texts throw {@link TextTooLongException}
 * @param timeBudget longest a single check may take; then it throws {@link LanguageCheckTimeoutException}
 * @param paragraphCacheSize lines whose results are kept for re-checks (and paragraphs, by the rule engine); 0 turns the cache off
 * @param sentenceCacheSize sentences in LanguageTool's own result cache per language, used for documents only;
 *        0 turns it off (and with it the separate document instances)
 * @param parallelThreshold characters from which a text counts as a document (checked on the instances with the
 *        sentence cache), and unchecked characters from which it is checked on several instances at once
 * @param maxSuggestions replacements kept per finding
 * @param rules per-language tuning; a language without an entry uses {@link LanguageRules#defaultsFor}
 */
public record LanguageCheckerConfig(
		List<String> languages,
		int poolSize,
		int maxTextLength,
		Duration timeBudget,
		int paragraphCacheSize,
		int sentenceCacheSize,
		int parallelThreshold,
		int maxSuggestions,
		Map<String, LanguageRules> rules) {

	public static final List<String> DEFAULT_LANGUAGES = List.of("en-US", "zh-CN");

	public LanguageCheckerConfig {
		languages = List.copyOf(languages);
		rules = Map.copyOf(rules);
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("at least one language is required");
		}
		if (poolSize < 1 || maxTextLength < 1 || paragraphCacheSize < 0 || sentenceCacheSize < 0
				|| parallelThreshold < 0 || maxSuggestions < 0) {
			throw new IllegalArgumentException("sizes must be positive: " + poolSize + ", " + maxTextLength);
		}
		if (timeBudget.isNegative() || timeBudget.isZero()) {
			throw new IllegalArgumentException("timeBudget must be positive");
		}
	}

	/** en-US and zh-CN, 2 instances each, 100,000 characters, 10 s per check. */
	public static LanguageCheckerConfig defaults() {
		return new LanguageCheckerConfig(DEFAULT_LANGUAGES, 2, 100_000, Duration.ofSeconds(10), 20_000, 2_000,
				4_000, 5, Map.of());
	}

	public LanguageCheckerConfig withTimeBudget(Duration budget) {
		return new LanguageCheckerConfig(languages, poolSize, maxTextLength, budget, paragraphCacheSize,
				sentenceCacheSize, parallelThreshold, maxSuggestions, rules);
	}

	public LanguageCheckerConfig withMaxTextLength(int length) {
		return new LanguageCheckerConfig(languages, poolSize, length, timeBudget, paragraphCacheSize,
				sentenceCacheSize, parallelThreshold, maxSuggestions, rules);
	}

	LanguageRules rulesFor(String languageCode) {
		return rules.getOrDefault(languageCode, LanguageRules.defaultsFor(languageCode));
	}
}
