package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTests {

	@Test
	void fullWidthLettersBecomeHalfWidthAndLowerCase() {
		NormalisedText text = TextNormaliser.normalise("Ｂｅｓｔ　ＴＥＡ！", true);
		assertThat(text.text()).isEqualTo("best tea!");
	}

	@Test
	void everyNormalisedCharacterMapsBackToItsOriginalSpan() {
		String original = "Ｂｅｓｔ tea";
		NormalisedText text = TextNormaliser.normalise(original, true);
		int at = text.text().indexOf("best");
		NormalisedText.Span span = text.toOriginal(at, at + 4);
		assertThat(original.substring(span.start(), span.end())).isEqualTo("Ｂｅｓｔ");
	}

	@Test
	void lineBreaksAndWhiteSpaceRunsBecomeOneSpaceBetweenWords() {
		NormalisedText text = TextNormaliser.normalise("lowers\n\n  blood pressure", true);
		assertThat(text.text()).isEqualTo("lowers blood pressure");
		NormalisedText.Span span = text.toOriginal(0, text.length());
		assertThat(span.start()).isZero();
		assertThat(span.end()).isEqualTo("lowers\n\n  blood pressure".length());
	}

	@Test
	void whiteSpaceBetweenTwoCjkCharactersDisappears() {
		String original = "治\n愈 失眠";
		NormalisedText text = TextNormaliser.normalise(original, true);
		assertThat(text.text()).isEqualTo("治愈失眠");
		NormalisedText.Span span = text.toOriginal(0, 2);
		assertThat(original.substring(span.start(), span.end())).isEqualTo("治\n愈");
	}

	@Test
	void whiteSpaceBetweenCjkAndLatinStays() {
		assertThat(TextNormaliser.normalise("喝 tea 吧", true).text()).isEqualTo("喝 tea 吧");
	}

	@Test
	void zeroWidthCharactersAreIgnoredInsidePhrases() {
		String original = "be\u200Bst\uFEFF tea";
		NormalisedText text = TextNormaliser.normalise(original, true);
		assertThat(text.text()).isEqualTo("best tea");
		NormalisedText.Span span = text.toOriginal(0, 4);
		assertThat(original.substring(span.start(), span.end())).isEqualTo("be\u200Bst");
	}

	@Test
	void htmlTagsCountAsWhiteSpaceAndEntitiesAsTheirCharacter() {
		String original = "<p>the <b>best</b>&nbsp;tea &amp; more</p>";
		NormalisedText text = TextNormaliser.normalise(original, true);
		assertThat(text.text()).isEqualTo("the best tea & more");
		int at = text.text().indexOf("best");
		NormalisedText.Span span = text.toOriginal(at, at + 4);
		assertThat(original.substring(span.start(), span.end())).isEqualTo("best");
	}

	@Test
	void lessThanThatIsNoTagStaysText() {
		assertThat(TextNormaliser.normalise("I <3 tea, 2 < 3", true).text()).isEqualTo("i <3 tea, 2 < 3");
	}

	@Test
	void emojiAreWhiteSpaceAndAHyphenAtALineEndJoinsTheWord() {
		assertThat(TextNormaliser.normalise("The best🍵tea ☕️ 最🔥好", true).text()).isEqualTo("the best tea 最好");
		assertThat(TextNormaliser.normalise("risk-\nfree, risk- free, tea -\n2 cups", true).text()).isEqualTo("risk-free, risk- free, tea - 2 cups");
		assertThat(TextNormaliser.normalise("B🔥E🔥S🔥T tea", true).text()).isEqualTo("best tea");
	}

	@Test
	void maskingSymbolsBetweenIdeographsAreWhiteSpace() {
		NormalisedText text = TextNormaliser.normalise("像个傻*逼，最 · 好，卧××槽", true);
		assertThat(text.text()).isEqualTo("像个傻逼,最好,卧槽");
		assertThat(text.originalEnd(3) - text.originalStart(2)).as("傻逼 spans the masked original").isEqualTo(3);
	}

	@Test
	void maskingSymbolsElsewhereStayText() {
		assertThat(TextNormaliser.normalise("a*b 3.5 元 · tea_time 好* ok", true).text()).isEqualTo("a*b 3.5 元 · tea_time 好* ok");
	}

	@Test
	void surrogatePairsMapToBothUnits() {
		String original = "𠮷tea";
		NormalisedText text = TextNormaliser.normalise(original, true);
		assertThat(text.text()).isEqualTo("𠮷tea");
		NormalisedText.Span span = text.toOriginal(2, 5);
		assertThat(original.substring(span.start(), span.end())).isEqualTo("tea");
	}

	@Test
	void caseIsKeptWhenNotFolding() {
		assertThat(TextNormaliser.normalise("NorthWind Go", false).text()).isEqualTo("NorthWind Go");
	}

	@Test
	void emptySpanMapsToAnEmptySpan() {
		NormalisedText text = TextNormaliser.normalise("abc", true);
		NormalisedText.Span span = text.toOriginal(1, 1);
		assertThat(span.end()).isEqualTo(span.start());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"Simply the B E S T tea in town | simply the best tea in town | best | B E S T",
		"the b-e-s-t tea | the best tea | best | b-e-s-t",
		"We are N.O.1 here | we are no1 here | no1 | N.O.1",
		"B E S T  T E A ever | best tea ever | best tea | B E S T  T E A",
		"g u a r a n t e e d! | guaranteed! | guaranteed | g u a r a n t e e d" })
	void closesUpLetterSpacedWordsKeepingTheirOriginalSpan(String original, String normalised, String closedUp, String spaced) {
		NormalisedText text = TextNormaliser.normalise(original, true);

		assertThat(text.text()).isEqualTo(normalised);
		int at = text.text().indexOf(closedUp);
		NormalisedText.Span span = text.toOriginal(at, at + closedUp.length());
		assertThat(original.substring(span.start(), span.end())).isEqualTo(spaced);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A B testing in the U S", "J. R. R. Tolkien", "e.g. a.m. and p.m.", "version v.1.2", "call 1-800-555",
		"a - b - c", "Plan A or B" })
	void leavesInitialsPairsAndOrdinarySeparatorsAlone(String original) {
		assertThat(TextNormaliser.normalise(original, true).text())
			.isEqualTo(original.toLowerCase(java.util.Locale.ROOT));
	}
}
