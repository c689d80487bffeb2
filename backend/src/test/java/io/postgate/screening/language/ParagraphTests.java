package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphTests {

	@Test
	void splitsAtLineBreaksKeepingOffsetsAndSkippingBlankLines() {
		String text = "Title\nFirst line.\n\n  \nSecond line";

		assertThat(Paragraph.split(text)).extracting(Paragraph::start, Paragraph::text)
			.containsExactly(tuple(0, "Title\n"), tuple(6, "First line.\n"), tuple(22, "Second line"));
	}

	@Test
	void splitsIntoRunsOfConsecutiveParagraphsWithAboutTheSameLength() {
		List<Paragraph> paragraphs = Paragraph.split("a".repeat(50) + "\n" + "b".repeat(10) + "\n" + "c".repeat(10) + "\n"
				+ "d".repeat(20) + "\n" + "e".repeat(10));

		List<List<Paragraph>> runs = Paragraph.balancedRuns(paragraphs, 2);

		assertThat(runs).extracting(List::size).containsExactly(1, 4);
		assertThat(runs.stream().flatMap(List::stream)).containsExactlyElementsOf(paragraphs);
	}

	@Test
	void neverMakesMoreRunsThanParagraphsOrThanAsked() {
		List<Paragraph> paragraphs = Paragraph.split("one\ntwo\nthree\nfour\nfive\nsix\nseven");

		assertThat(Paragraph.balancedRuns(paragraphs.subList(0, 1), 2)).hasSize(1);
		assertThat(Paragraph.balancedRuns(paragraphs, 3)).hasSize(3)
			.allSatisfy(run -> assertThat(run).isNotEmpty())
			.flatExtracting(run -> run).containsExactlyElementsOf(paragraphs);
	}
}
