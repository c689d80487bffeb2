package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageTests {

	@Test
	void linesThatOnlyALineBreakSeparatesArePassagesOfTheirOwnAndBlankLinesAreSkipped() {
		String text = "Title\nFirst line.\nSecond line";

		assertThat(Passage.split(text)).extracting(Passage::start, Passage::text)
			.containsExactly(tuple(0, "Title\n"), tuple(6, "First line.\n"), tuple(18, "Second line"));
		assertThat(Passage.split("\n \n")).isEmpty();
	}

	@Test
	void paragraphsBetweenBlankLinesAreGroupedAndEveryCharacterOfTheTextIsInOneGroupOrABlankLine() {
		String document = SampleDocuments.english(3_000);

		List<Passage> passages = Passage.split(document);

		assertThat(passages.size()).isBetween(8, 25);
		assertThat(passages).allSatisfy(p -> assertThat(document.substring(p.start(), p.start() + p.text().length())).isEqualTo(p.text()));
		StringBuilder between = new StringBuilder();
		int at = 0;
		for (Passage passage : passages) {
			between.append(document, at, passage.start());
			at = passage.start() + passage.text().length();
		}
		assertThat(between.append(document.substring(at)).toString()).isBlank();
	}

	@Test
	void aGroupIsNeverLongerThanTheLimitUnlessOneParagraphIs() {
		String paragraph = "Steep the leaves for three minutes in water just off the boil. ".repeat(5).strip();
		String single = "x".repeat(Passage.LONGEST_GROUP + 10);
		String text = String.join("\n\n", paragraph + " 1", paragraph + " 2", paragraph + " 3", paragraph + " 4", single, paragraph + " 5");

		assertThat(Passage.split(text)).allSatisfy(p -> assertThat(p.text().length() <= Passage.LONGEST_GROUP || p.text().strip().equals(single)).isTrue())
			.anySatisfy(p -> assertThat(p.text().strip()).isEqualTo(single));
	}

	@Test
	void editingOneParagraphChangesOnlyTheGroupsAroundIt() {
		String[] paragraphs = SampleDocuments.english(3_000).split("\n\n");
		List<Passage> before = Passage.split(String.join("\n\n", paragraphs));
		paragraphs[paragraphs.length / 2] = "A new first sentence. " + paragraphs[paragraphs.length / 2];

		List<String> after = Passage.split(String.join("\n\n", paragraphs)).stream().map(Passage::text).toList();

		assertThat(after.stream().filter(text -> before.stream().noneMatch(p -> p.text().equals(text))).count()).isBetween(1L, 2L);
	}
}
