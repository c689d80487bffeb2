package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ParagraphTests {

	@Test
	void splitsAtLineBreaksKeepingOffsetsAndSkippingBlankLines() {
		String text = "Title\nFirst line.\n\n  \nSecond line";

		assertThat(Paragraph.split(text)).extracting(Paragraph::start, Paragraph::text)
			.containsExactly(tuple(0, "Title\n"), tuple(6, "First line.\n"), tuple(22, "Second line"));
	}
}
