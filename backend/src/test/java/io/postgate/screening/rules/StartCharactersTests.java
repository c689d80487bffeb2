package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.postgate.screening.LabelledCases;

class StartCharactersTests {

	@Test
	void everyPackagedPatternFindsExactlyWhatFindFindsInEveryLabelledCase() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String corpus : LabelledCases.CORPORA) {
			for (JsonNode c : LabelledCases.read(corpus)) {
				texts.add(TextNormaliser.normalise(c.get("title").asText() + "\n" + c.get("body").asText(), true).text());
			}
		}
		List<Pattern> patterns = new ArrayList<>();
		new RuleSetLoader(null).load().packs().forEach(pack -> pack.rules().forEach(rule -> {
			patterns.addAll(rule.patterns());
			patterns.addAll(rule.exceptionPatterns());
		}));
		int matches = 0;
		for (Pattern pattern : patterns) {
			StartCharacters scanner = StartCharacters.of(pattern);
			for (String text : texts) {
				List<String> expected = find(pattern, text);
				assertThat(scan(scanner, text)).as("%s in %s", pattern, text).isEqualTo(expected);
				matches += expected.size();
			}
		}
		assertThat(patterns).hasSizeGreaterThan(10);
		assertThat(matches).as("the corpora exercise the patterns").isGreaterThan(50);
	}

	@Test
	void patternsThatCanStartAnywhereAreTriedEverywhere() {
		for (String broad : List.of("\\S+ tea", "[^，。]{2}茶", "\\p{IsHan}好", "(?<=\\$)\\d+", "x*", ".?好")) {
			StartCharacters scanner = StartCharacters.of(Pattern.compile(broad));
			assertThat(scanner.triesEveryPosition()).as(broad).isTrue();
		}
		StartCharacters narrow = StartCharacters.of(Pattern.compile("(?<![\\w])(?:best|\\u6700好)"));
		assertThat(narrow.triesEveryPosition()).isFalse();
		assertThat(scan(narrow, "the best 最好 abest")).containsExactly("4:best", "9:最好");
	}

	@Test
	void aWordBoundaryOrLookBehindAtTheStartSeesTheCharacterBeforeIt() {
		Pattern pattern = Pattern.compile("\\b(?:no\\. ?1|#1)\\b|(?<![\\d+])1[3-9]\\d{9}(?!\\d)");
		String text = "#1 and no.1, call 13800138000 not 913800138000 or x#1";

		assertThat(scan(StartCharacters.of(pattern), text)).isEqualTo(find(pattern, text)).containsExactly("7:no.1", "18:13800138000", "51:#1");
	}

	@Test
	void anExpressionThatOpensWithAWordBoundaryIsNotTriedInsideWords() {
		String text = "secure heals écure _cure -cure 9cure cure; xbar bar";
		for (String expression : List.of("\\b(?:cure|heal)s?", "\\bcure|\\bbar", "\\bcure|bar", "(?:\\bcure)|x?bar", "\\b[|]?cure|\\bheal")) {
			Pattern pattern = Pattern.compile(expression);
			assertThat(scan(StartCharacters.of(pattern), text)).as(expression).isEqualTo(find(pattern, text));
		}
		assertThat(StartCharacters.everyAlternativeOpensWithWordBoundary("\\b(?:a|b)|\\bc")).isTrue();
		assertThat(StartCharacters.everyAlternativeOpensWithWordBoundary("\\b[|x]c|\\bd")).isTrue();
		assertThat(StartCharacters.everyAlternativeOpensWithWordBoundary("\\ba|c")).isFalse();
		assertThat(StartCharacters.everyAlternativeOpensWithWordBoundary("(?:\\ba)")).isFalse();
		assertThat(StartCharacters.everyAlternativeOpensWithWordBoundary("\\Bab")).isFalse();
	}

	private static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.start() + ":" + matcher.group());
		}
		return found;
	}

	private static List<String> scan(StartCharacters scanner, String text) {
		List<String> found = new ArrayList<>();
		scanner.matches(text, (start, end) -> found.add(start + ":" + text.substring(start, end)));
		return found;
	}
}
