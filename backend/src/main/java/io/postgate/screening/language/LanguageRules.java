package io.postgate.screening.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How LanguageTool is tuned for one language.
 *
 * @param disabledCategories LanguageTool category ids switched off (e.g. {@code TYPOGRAPHY})
 * @param disabledRules LanguageTool rule ids switched off
 * @param spellingCategories category ids reported as SPELLING; dictionary-based spelling rules always are
 * @param dictionaryWords words and phrases the spell checker accepts in every check (domain vocabulary)
 * @param acceptedMatches per LanguageTool rule id, matched texts (compared case-insensitively) that are not
 *        mistakes, for rules that are right in general but wrong about a word they do not know
 */
public record LanguageRules(
		Set<String> disabledCategories,
		Set<String> disabledRules,
		Set<String> spellingCategories,
		Set<String> dictionaryWords,
		Map<String, Set<String>> acceptedMatches) {

	/** Layout and style advice that marketing copy breaks on purpose (emoji, "!!!", lower-case slogans). */
	private static final Set<String> STYLE_CATEGORIES = Set.of("TYPOGRAPHY", "PUNCTUATION", "STYLE",
			"REDUNDANCY", "REPETITIONS_STYLE");

	public LanguageRules {
		disabledCategories = Set.copyOf(disabledCategories);
		disabledRules = Set.copyOf(disabledRules);
		spellingCategories = Set.copyOf(spellingCategories);
		dictionaryWords = Set.copyOf(dictionaryWords);
		Map<String, Set<String>> folded = new HashMap<>();
		acceptedMatches.forEach((rule, texts) -> folded.put(rule,
				texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
		acceptedMatches = Map.copyOf(folded);
	}

	public LanguageRules(Set<String> disabledCategories, Set<String> disabledRules, Set<String> spellingCategories,
			Set<String> dictionaryWords) {
		this(disabledCategories, disabledRules, spellingCategories, dictionaryWords, Map.of());
	}

	/** Whether a match of {@code ruleId} on {@code matched} is one of the accepted ones. */
	boolean accepts(String ruleId, String matched) {
		Set<String> accepted = acceptedMatches.get(ruleId);
		return accepted != null && accepted.contains(matched.toLowerCase(Locale.ROOT));
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
				"PROFANITY",
				// Assumes an undated weekday and date are in the current year, so a post about
				// "Monday, June 16" is right one year and wrong the next: a verdict must not depend on
				// the day it is screened.
				"EN_DATE_WEEKDAY_CURRENTYEAR",
				// Reads "tea" after nouns such as world, home, cup or health as a typo of "team":
				// "World Tea Day", "to cup tea" (taste it professionally). Tea is what the brands sell.
				"TEEM_TEAM");
		// Kitchen units the tagger does not know as plural: "2 tbsp of honey" is not "2 spoon".
		Map<String, Set<String>> accepted = Map.of("CD_NN", Set.of("tbsp", "tsp", "oz", "lb", "lbs", "ml", "cl",
				"fl oz", "pcs", "pc", "pkt", "ct"));
		return new LanguageRules(categories, rules, Set.of("MULTITOKEN_SPELLING"), EnglishMarketingWords.WORDS,
				accepted);
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
