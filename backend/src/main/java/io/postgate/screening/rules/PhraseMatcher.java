package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * All phrases and exceptions of all packs in one Aho-Corasick automaton, built once. A scan makes
 * one pass over the normalised text, runs the few regular expressions of the applicable rules,
 * then drops matches that cut through a word or lie inside one of their rule's exceptions.
 */
final class PhraseMatcher {

	private final AhoCorasick automaton;
	private final PhraseRule[] ruleOfPattern;
	private final boolean[] exceptionPattern;
	private final List<PhraseRule> regexRules;
	private final List<PhraseRule> exceptionRegexRules;
	private final Map<Pattern, StartCharacters> scanners = new IdentityHashMap<>();

	PhraseMatcher(List<RulePack> packs) {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		List<PhraseRule> rules = new ArrayList<>();
		List<Boolean> exceptions = new ArrayList<>();
		List<PhraseRule> withRegex = new ArrayList<>();
		List<PhraseRule> withExceptionRegex = new ArrayList<>();
		for (RulePack pack : packs) {
			for (PhraseRule rule : pack.rules()) {
				for (String phrase : rule.phrases()) {
					builder.add(TextNormaliser.phrase(phrase, true));
					rules.add(rule);
					exceptions.add(false);
				}
				for (String exception : rule.exceptions()) {
					builder.add(TextNormaliser.phrase(exception, true));
					rules.add(rule);
					exceptions.add(true);
				}
				if (!rule.patterns().isEmpty()) {
					withRegex.add(rule);
				}
				if (!rule.exceptionPatterns().isEmpty()) {
					withExceptionRegex.add(rule);
				}
			}
		}
		this.automaton = builder.build();
		this.ruleOfPattern = rules.toArray(PhraseRule[]::new);
		this.exceptionPattern = new boolean[exceptions.size()];
		for (int i = 0; i < exceptionPattern.length; i++) {
			exceptionPattern[i] = exceptions.get(i);
		}
		this.regexRules = List.copyOf(withRegex);
		this.exceptionRegexRules = List.copyOf(withExceptionRegex);
		withRegex.forEach(rule -> rule.patterns().forEach(pattern -> scanners.put(pattern, StartCharacters.of(pattern))));
		withExceptionRegex.forEach(rule -> rule.exceptionPatterns().forEach(pattern -> scanners.put(pattern, StartCharacters.of(pattern))));
	}

	int phraseCount() {
		return automaton.patternCount();
	}

	/** The hits of every {@code wanted} rule, after exception and boundary checks (cheapest first). */
	List<PhraseHit> scan(NormalisedText text, Predicate<PhraseRule> wanted, ChineseWordBoundaries boundaries) {
		List<PhraseHit> phraseHits = new ArrayList<>();
		List<PhraseHit> patternHits = new ArrayList<>();
		List<PhraseHit> exceptions = new ArrayList<>();
		String normalised = text.text();
		automaton.search(normalised, (id, start, end) -> {
			PhraseRule rule = ruleOfPattern[id];
			if (wanted.test(rule)) {
				(exceptionPattern[id] ? exceptions : phraseHits).add(new PhraseHit(rule, start, end));
			}
		});
		for (PhraseRule rule : regexRules) {
			if (wanted.test(rule)) {
				for (Pattern pattern : rule.patterns()) {
					scanners.get(pattern).matches(normalised, (start, end) -> {
						if (end > start) {
							patternHits.add(new PhraseHit(rule, start, end));
						}
					});
				}
			}
		}
		if (phraseHits.isEmpty() && patternHits.isEmpty()) {
			return List.of();
		}
		for (PhraseRule rule : exceptionRegexRules) {
			// An exception only ever drops a hit of its own rule.
			if (wanted.test(rule) && (hasHitOf(rule, phraseHits) || hasHitOf(rule, patternHits))) {
				for (Pattern pattern : rule.exceptionPatterns()) {
					scanners.get(pattern).matches(normalised, (start, end) -> exceptions.add(new PhraseHit(rule, start, end)));
				}
			}
		}
		List<PhraseHit> hits = new ArrayList<>(phraseHits.size() + patternHits.size());
		for (PhraseHit hit : phraseHits) {
			// Word boundaries last: for Chinese they take a segmentation.
			if (!excepted(hit, exceptions) && (!hit.rule().wordBoundary() || onBoundaries(normalised, hit.start(), hit.end(), boundaries))) {
				hits.add(hit);
			}
		}
		for (PhraseHit hit : patternHits) {
			if (!excepted(hit, exceptions)) {
				hits.add(hit);
			}
		}
		return hits;
	}

	private static boolean hasHitOf(PhraseRule rule, List<PhraseHit> hits) {
		for (PhraseHit hit : hits) {
			if (hit.rule() == rule) {
				return true;
			}
		}
		return false;
	}

	private static boolean excepted(PhraseHit hit, List<PhraseHit> exceptions) {
		for (PhraseHit exception : exceptions) {
			if (exception.rule() == hit.rule() && exception.start() <= hit.start() && hit.end() <= exception.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * English phrases need a non-letter, non-digit on both sides; Chinese phrases must start and end
	 * on a word boundary of the segmentation. The check applies per end, so mixed phrases work too.
	 */
	static boolean onBoundaries(String text, int start, int end, ChineseWordBoundaries boundaries) {
		char first = text.charAt(start);
		char last = text.charAt(end - 1);
		if (TextNormaliser.isCjk(first)) {
			if (!boundaries.at(start)) {
				return false;
			}
		}
		else if (TextNormaliser.isWordChar(first) && start > 0 && TextNormaliser.isWordChar(text.charAt(start - 1))) {
			return false;
		}
		if (TextNormaliser.isCjk(last)) {
			return boundaries.at(end);
		}
		return !(TextNormaliser.isWordChar(last) && end < text.length() && TextNormaliser.isWordChar(text.charAt(end)));
	}
}
