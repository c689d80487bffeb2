package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredSpansTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://northwindtea.example/blg/teaglw", "www.northwindtea.example/x",
			"northwindtea.example/go", "shop.northwindtea.com", "teaqueen.mayaa@examplle.com", "#teaglowup",
			"#周末喝茶#", "@mayabrewz_pdx", "priya_hr2024", "lumen_tea_88", "👩🏽‍🍳", "🇺🇸", "☕️" })
	void ignoresSpellingInsideNonProse(String part) {
		String text = "See " + part + ", friends.";
		int start = text.indexOf(part);

		assertThat(IgnoredSpans.in(text, Set.of()).ignoresSpelling(text, start, start + part.length())).isTrue();
	}

	@Test
	void aFullStopWithoutASpaceIsNotAHostName() {
		String text = "Steep for three minutes.steep again";
		int start = text.indexOf("minutes.steep");

		assertThat(IgnoredSpans.in(text, Set.of()).ignoresSpelling(text, start, start + 13)).isFalse();
	}

	@Test
	void acceptedPhrasesCountOnlyAsWholeWords() {
		String text = "Northwind Teas and Northwind Tea";
		IgnoredSpans spans = IgnoredSpans.in(text, Set.of("Northwind Tea"));

		assertThat(spans.ignoresGrammar(0, 14)).isFalse();
		assertThat(spans.ignoresGrammar(19, 32)).isTrue();
	}

	@Test
	void wordsOfAcceptedTermsAreAcceptedAloneAndInAnyCase() {
		String text = "Northwind Go and NORTHWINDGO";
		IgnoredSpans spans = IgnoredSpans.in(text, Set.of("Northwind Tea", "NorthwindGo"));

		assertThat(spans.ignoresSpelling(text, 0, 9)).isTrue();
		assertThat(spans.ignoresSpelling(text, 17, 28)).isTrue();
		assertThat(spans.ignoresSpelling(text, 10, 12)).isFalse();
	}

	@Test
	void nothingIsAcceptedWithoutAcceptedWords() {
		String text = "Northwind";

		assertThat(IgnoredSpans.in(text, Set.of()).ignoresSpelling(text, 0, 9)).isFalse();
	}
}
