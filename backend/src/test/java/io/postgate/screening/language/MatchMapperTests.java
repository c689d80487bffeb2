package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchMapperTests {

	@Test
	void quotesSuggestionsThatStandAlone() {
		assertThat(MatchMapper.plainMessage("You should probably use <suggestion>holds</suggestion>."))
			.isEqualTo("You should probably use 'holds'.");
	}

	@Test
	void dropsTagsInsideWordsAndQuotes() {
		assertThat(MatchMapper.plainMessage("您的意思是“迫不<suggestion>及</suggestion>待”吗？"))
			.isEqualTo("您的意思是“迫不及待”吗？");
		assertThat(MatchMapper.plainMessage("您的意思是\"<suggestion>不胫而走</suggestion>\"？"))
			.isEqualTo("您的意思是\"不胫而走\"？");
	}
}
