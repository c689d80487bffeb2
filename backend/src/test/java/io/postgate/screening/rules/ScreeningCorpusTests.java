package io.postgate.screening.rules;

import static io.postgate.screening.LabelledCases.categories;
import static io.postgate.screening.LabelledCases.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.LabelledCases;

/**
 * Runs every labelled case (the public samples and Postgate's own corpus) through the rule engine,
 * prints per-category recall and the clean-case false-positive rate, and fails when a category's
 * recall is below 0.95 or a clean case gets a compliance finding. GRAMMAR and SPELLING come from
 * LanguageTool and are ignored here, except that the engine's own typo rules must never report
 * SPELLING where a case forbids it.
 */
class ScreeningCorpusTests {

	private static final Set<FindingCategory> NOT_OURS = EnumSet.of(FindingCategory.GRAMMAR, FindingCategory.SPELLING,
			FindingCategory.EXTRACTION);

	private static RuleEngine engine;

	@BeforeAll
	static void loadRules() {
		engine = new RuleEngine(new RuleSetLoader(null).load());
	}

	@Test
	void everyCategoryIsFoundInAtLeast95PercentOfItsCasesAndCleanCasesStayClean() throws IOException {
		List<JsonNode> cases = new ArrayList<>();
		for (String corpus : LabelledCases.CORPORA) {
			cases.addAll(read(corpus));
		}
		Map<FindingCategory, int[]> tally = new EnumMap<>(FindingCategory.class);
		List<String> problems = new ArrayList<>();
		int clean = 0;
		int cleanWithFindings = 0;

		for (JsonNode c : cases) {
			String id = c.get("id").asText();
			String title = c.get("title").asText();
			String body = c.get("body").asText();
			String full = title + "\n" + body;
			List<Finding> findings = engine.check(new RuleInput(title, body, c.get("language").asText(),
					c.path("platform").isNull() ? null : c.path("platform").asText(null), c.path("sponsored").asBoolean()));
			JsonNode expect = c.get("expect");
			Set<FindingCategory> expected = categories(expect.get("categories"));
			Set<FindingCategory> forbidden = categories(expect.get("forbid"));
			Set<FindingCategory> reported = EnumSet.noneOf(FindingCategory.class);
			findings.forEach(f -> reported.add(f.category()));
			boolean ownFindings = false;

			for (FindingCategory category : expected) {
				if (NOT_OURS.contains(category)) {
					continue;
				}
				int[] t = tally.computeIfAbsent(category, k -> new int[2]);
				t[1]++;
				boolean found = reported.contains(category);
				for (JsonNode evidence : expect.path("evidence").path(category.name())) {
					int at = full.indexOf(evidence.asText());
					int end = at + evidence.asText().length();
					boolean covered = findings.stream()
						.anyMatch(f -> f.category() == category && f.start() < end && at < f.end());
					if (!covered) {
						found = false;
						problems.add(id + ": no " + category + " finding on \"" + evidence.asText() + "\"");
					}
				}
				if (found) {
					t[0]++;
				}
				else if (!reported.contains(category)) {
					problems.add(id + ": missing " + category);
				}
			}
			for (Finding f : findings) {
				boolean forbiddenHere = forbidden.contains(f.category())
						&& (!NOT_OURS.contains(f.category()) || f.ruleId().startsWith("zh-typo"));
				if (forbiddenHere) {
					ownFindings = true;
					problems.add(id + ": unexpected " + f.category() + " " + f.ruleId() + " on \"" + f.excerpt() + "\"");
				}
			}
			if (expected.stream().allMatch(NOT_OURS::contains)) {
				clean++;
				if (ownFindings) {
					cleanWithFindings++;
				}
			}
		}

		StringBuilder table = new StringBuilder("\ncategory            cases  found  recall\n");
		tally.forEach((category, t) -> table.append(String.format("%-18s %6d %6d %7.3f%n", category, t[1], t[0],
				(double) t[0] / t[1])));
		table.append(String.format("clean cases (no compliance category expected): %d, with a forbidden finding: %d,"
				+ " false-positive rate %.3f%n", clean, cleanWithFindings, clean == 0 ? 0.0 : (double) cleanWithFindings / clean));
		table.append("cases: ").append(cases.size()).append('\n');
		problems.forEach(p -> table.append("  ").append(p).append('\n'));
		System.out.println(table);

		assertThat(cases.size()).as("number of cases").isGreaterThanOrEqualTo(186);
		tally.forEach((category, t) -> assertThat((double) t[0] / t[1]).as("recall of " + category + table)
			.isGreaterThanOrEqualTo(0.95));
		assertThat(cleanWithFindings).as("clean cases with a compliance finding" + table).isZero();
	}

	@Test
	void everyEvidenceSubstringOccursExactlyOnce() throws IOException {
		List<String> problems = new ArrayList<>();
		for (JsonNode c : read("/screening/corpus.jsonl")) {
			String full = c.get("title").asText() + "\n" + c.get("body").asText();
			c.get("expect").path("evidence").fields().forEachRemaining(e -> e.getValue().forEach(v -> {
				int first = full.indexOf(v.asText());
				if (first < 0 || full.indexOf(v.asText(), first + 1) >= 0) {
					problems.add(c.get("id").asText() + ": \"" + v.asText() + "\"");
				}
			}));
			Set<FindingCategory> all = EnumSet.copyOf(categories(c.get("expect").get("categories")));
			all.addAll(categories(c.get("expect").get("forbid")));
			if (all.size() != 12) {
				problems.add(c.get("id").asText() + ": categories + forbid must name all twelve categories");
			}
		}
		assertThat(problems).isEmpty();
	}
}
