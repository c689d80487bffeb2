package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The GRAMMAR and SPELLING expectations of the shared sample cases. */
class LanguageCheckerSampleCasesTests {

	private static final Set<FindingCategory> LANGUAGE = Set.of(FindingCategory.GRAMMAR, FindingCategory.SPELLING);

	static Stream<Arguments> sampleCases() throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<Arguments> cases = new ArrayList<>();
		try (InputStream in = LanguageCheckerSampleCasesTests.class.getResourceAsStream("/screening/sample-cases.jsonl")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					JsonNode node = json.readTree(line);
					cases.add(Arguments.of(node.get("id").asText(), node));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sampleCases")
	void reportsGrammarAndSpellingExactlyWhereTheSampleExpectsThem(String id, JsonNode sample) {
		String text = sample.get("title").asText() + "\n" + sample.get("body").asText();
		List<Finding> findings = TestCheckers.shared().check(text, sample.get("language").asText(),
				TestCheckers.BRAND_TERMS);

		JsonNode expect = sample.get("expect");
		for (FindingCategory category : LANGUAGE) {
			boolean expected = contains(expect.get("categories"), category.name());
			List<Finding> ofCategory = findings.stream().filter(f -> f.category() == category).toList();
			if (!expected) {
				assertThat(ofCategory).as("%s findings in %s", category, id).isEmpty();
			}
			else {
				assertThat(ofCategory).as("%s findings in %s", category, id).isNotEmpty();
				for (JsonNode evidence : expect.get("evidence").get(category.name())) {
					int start = text.indexOf(evidence.asText());
					int end = start + evidence.asText().length();
					assertThat(start).isNotNegative();
					assertThat(ofCategory).as("%s finding over '%s' in %s", category, evidence.asText(), id)
						.anyMatch(f -> f.start() < end && start < f.end());
				}
			}
		}
		findings.forEach(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode element : array) {
			if (element.asText().equals(value)) {
				return true;
			}
		}
		return false;
	}
}
