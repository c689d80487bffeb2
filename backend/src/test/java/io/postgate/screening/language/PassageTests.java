package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PassageTests {

	@Test
	void everyNonBlankLineIsAPassageWithoutItsLineBreak() {
		String text = "Title\nFirst line.\n\n \nSecond line\n";

		assertThat(Passage.split(text)).extracting(Passage::start, Passage::text)
			.containsExactly(tuple(0, "Title"), tuple(6, "First line."), tuple(21, "Second line"));
		assertThat(Passage.split("\n \n")).isEmpty();
		assertThat(Passage.split("")).isEmpty();
	}

	@Test
	void everyPassageIsTheTextAtItsStart() {
		String document = SampleDocuments.english(3_000);

		assertThat(Passage.split(document)).hasSize(document.split("\n\n").length)
			.allSatisfy(p -> assertThat(document.substring(p.start(), p.start() + p.text().length())).isEqualTo(p.text()));
	}
}
