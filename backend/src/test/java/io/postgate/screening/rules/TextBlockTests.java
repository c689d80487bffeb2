package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlockTests {

	@Test
	void blankLinesSeparateBlocksAndSingleLineBreaksDoNot() {
		String text = "Title\nfirst line\nsecond line\n\n \t\nnext paragraph\r\n\r\nlast";
		assertThat(TextBlock.split(text)).containsExactly(new TextBlock(0, "Title\nfirst line\nsecond line"),
				new TextBlock(text.indexOf("next"), "next paragraph\r"), new TextBlock(text.indexOf("last"), "last"));
	}

	@Test
	void aTextOfWhiteSpaceHasNoBlocks() {
		assertThat(TextBlock.split("\n \n\t")).isEmpty();
		assertThat(TextBlock.split("")).isEmpty();
	}
}
