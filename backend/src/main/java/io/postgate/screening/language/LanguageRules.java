package io.postgate.screening.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How LanguageTool is tuned for one language.
 *
 * @param disabledCategories LanguageTool category ids switched off (e.g. {@code TYPOGRAPHY})
 * @param disabledRules LanguageTool rule ids switched off
 * @param spellingCategories category ids reported as SPELLING; dictionary-based spelling rules always are
 * @param dictionaryWords words and phrases the spell checker accepts in every check (domain vocabulary)
 */
public record LanguageRules(
		Set<String> disabledCategories,
		Set<String> disabledRules,
		Set<String> spellingCategories,
		Set<String> dictionaryWords) {

	/** Layout and style advice that marketing copy breaks on purpose (emoji, "!!!", lower-case slogans). */
	private static final Set<String> STYLE_CATEGORIES = Set.of("TYPOGRAPHY", "PUNCTUATION", "STYLE",
			"REDUNDANCY", "REPETITIONS_STYLE");

	public LanguageRules {
		disabledCategories = Set.copyOf(disabledCategories);
		disabledRules = Set.copyOf(disabledRules);
		spellingCategories = Set.copyOf(spellingCategories);
		dictionaryWords = Set.copyOf(dictionaryWords);
	}

	/** Sensible defaults for a LanguageTool language code such as {@code en-US} or {@code zh-CN}. */
	public static LanguageRules defaultsFor(String languageCode) {
		String language = languageCode.toLowerCase(Locale.ROOT);
		if (language.startsWith("en")) {
			return english();
		}
		if (language.startsWith("zh")) {
			return chinese();
		}
		return new LanguageRules(STYLE_CATEGORIES, Set.of("UPPERCASE_SENTENCE_START", "WHITESPACE_RULE"),
				Set.of(), Set.of());
	}

	private static LanguageRules english() {
		Set<String> categories = union(STYLE_CATEGORIES,
				Set.of("AMERICAN_ENGLISH_STYLE", "BRITISH_ENGLISH"));
		Set<String> rules = Set.of(
				// Slogans and posts after a hashtag line often start lower-case on purpose.
				"UPPERCASE_SENTENCE_START",
				// Text-level rules: they compare sentences across paragraphs, so they would make a
				// paragraph-by-paragraph (cached) check differ from a whole-text check, and are style only.
				"EN_WORD_COHERENCY", "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "REP_PASSIVE_VOICE",
				"REP_THANK_YOU_FOR",
				// Swearing is the PROFANITY rule pack's job, with its own category and severity.
				"PROFANITY");
		return new LanguageRules(categories, rules, Set.of("MULTITOKEN_SPELLING"), EnglishMarketingWords.WORDS);
	}

	private static LanguageRules chinese() {
		Set<String> rules = Set.of(
				// "补货", "补寄" (restock, resend) are reported as 不货, 不寄: too broad for shop copy.
				"BU",
				// Measure-word rules read 门店 (store) in "门店门口" as the measure word 门.
				"wa5");
		return new LanguageRules(Set.of("TYPOGRAPHY", "PUNCTUATION"), rules,
				// 词语错误 and 成语错误: a wrong character in a word or an idiom.
				Set.of("CAT1", "CAT2"), Set.of());
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
