package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postgate.screening.LabelledCases;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

class BatchTests {

	@Test
	void joinsPassagesWithBlankLinesAndGivesEachItsMatchesInItsOwnOffsets() {
		List<Passage> passages = Passage.split("Title\nFirst line.\n\nSecond line");
		Batch batch = Batch.of(passages, 1).get(0);

		assertThat(batch.text()).isEqualTo("Title\n\nFirst line.\n\nSecond line");
		Map<Passage, List<LanguageMatch>> perPassage = batch.perPassage(List.of(match(0, 5), match(7, 12), match(20, 26)));

		assertThat(perPassage.get(passages.get(0))).extracting(LanguageMatch::start, LanguageMatch::end).containsExactly(tuple(0, 5));
		assertThat(perPassage.get(passages.get(1))).extracting(LanguageMatch::start).containsExactly(0);
		assertThat(perPassage.get(passages.get(2))).extracting(LanguageMatch::start, LanguageMatch::end).containsExactly(tuple(0, 6));
	}

	@Test
	void splitsIntoContiguousBatchesOfAboutEqualLengthInTextOrder() {
		List<Passage> passages = Passage.split(SampleDocuments.english(3_000));

		List<Batch> batches = Batch.of(passages, 4);

		assertThat(batches).hasSize(4);
		assertThat(batches.stream().flatMap(batch -> batch.passages().stream()).toList()).isEqualTo(passages);
		int total = passages.stream().mapToInt(p -> p.text().length()).sum();
		assertThat(batches).allSatisfy(batch -> assertThat(batch.passages().stream().mapToInt(p -> p.text().length()).sum())
			.isBetween(total / 4 - 500, total / 4 + 500));
		assertThat(Batch.of(passages.subList(0, 2), 4)).hasSize(2);
		assertThat(Batch.single(passages)).hasSize(passages.size()).allSatisfy(batch -> assertThat(batch.passages()).hasSize(1));
	}

	/**
	 * What lets each passage's matches be cached on their own: with the default rules, LanguageTool finds
	 * the same in a passage checked alone as in the same passage inside a batch of all the others.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en-US", "zh-CN" })
	void aPassageHasTheSameMatchesInABatchAsAloneInEveryLabelledCase(String language) throws IOException {
		LanguageToolPool pool = new LanguageToolPool(Languages.getLanguageForShortCode(language), LanguageRules.defaultsFor(language), 1, 0);
		JLanguageTool tool = pool.borrow(Deadline.after(Duration.ofMinutes(5)));
		assertThat(pool.seesOnlySentences()).isTrue();
		List<Passage> passages = new ArrayList<>();
		for (String corpus : LabelledCases.CORPORA) {
			for (JsonNode c : LabelledCases.read(corpus)) {
				if (c.get("language").asText().equals(language)) {
					passages.addAll(Passage.split(c.get("title").asText() + "\n" + c.get("body").asText()));
				}
			}
		}
		passages.addAll(Passage.split(language.startsWith("zh") ? SampleDocuments.chinese(3_000) : SampleDocuments.english(3_000)));

		Map<Passage, List<LanguageMatch>> batched = new HashMap<>();
		for (Batch batch : Batch.of(passages, 8)) {
			batched.putAll(batch.perPassage(matches(tool, batch.text())));
		}

		int found = 0;
		for (Passage passage : passages) {
			List<LanguageMatch> alone = matches(tool, passage.text());
			assertThat(batched.get(passage)).as(passage.text()).isEqualTo(alone);
			found += alone.size();
		}
		assertThat(passages).hasSizeGreaterThan(300);
		assertThat(found).as("the passages have matches to compare").isGreaterThan(20);
	}

	@Test
	void aConfigurationThatTurnsOnARuleLookingAtTheWholeTextIsToldApart() {
		LanguageRules everyRule = new LanguageRules(Set.of(), Set.of(), Set.of(), Set.of());

		assertThat(new LanguageToolPool(Languages.getLanguageForShortCode("en-US"), everyRule, 1, 0).seesOnlySentences()).isFalse();
	}

	private static List<LanguageMatch> matches(JLanguageTool tool, String text) throws IOException {
		return tool.check(text).stream().map(BatchTests::match).toList();
	}

	private static LanguageMatch match(RuleMatch match) {
		return new LanguageMatch(null, match.getRule().getId(), match.getFromPos(), match.getToPos(), match.getMessage(),
				match.getSuggestedReplacements());
	}

	private static LanguageMatch match(int start, int end) {
		return new LanguageMatch(null, "RULE", start, end, "message", List.of());
	}
}
