package io.postgate.screening;

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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.postgate.PostgateIntegrationTest;

/**
 * Every labelled case through the whole screening pipeline, exactly as POST /api/screenings runs it:
 * rule packs, LanguageTool and the DMN routing decision. Unlike the rule engine's corpus test, GRAMMAR and
 * SPELLING count here like every other category. Prints per-category recall and the clean-case
 * false-positive rate; fails when a category's recall is below 0.95, when any case gets a category it
 * forbids, or when its blocking verdict or legal routing differ from the label.
 */
@PostgateIntegrationTest
class ScreeningQualityTests {

	@Autowired
	Screening screening;

	@Test
	void everyCategoryIsFoundInAtLeast95PercentOfItsCasesAndNoCaseGetsAForbiddenCategory() throws IOException {
		List<JsonNode> cases = new ArrayList<>();
		for (String file : LabelledCases.CORPORA) {
			cases.addAll(read(file));
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
			JsonNode expect = c.get("expect");
			ScreeningReport report = screening.screen(new ScreeningRequest(title, body, c.get("language").asText(),
					c.path("platform").isNull() ? null : c.path("platform").asText(null), c.path("sponsored").asBoolean(), false));
			List<Finding> findings = report.findings();
			Set<FindingCategory> reported = EnumSet.noneOf(FindingCategory.class);
			findings.forEach(f -> reported.add(f.category()));

			Set<FindingCategory> expected = categories(expect.get("categories"));
			for (FindingCategory category : expected) {
				int[] t = tally.computeIfAbsent(category, k -> new int[2]);
				t[1]++;
				boolean found = reported.contains(category);
				if (!found) {
					problems.add(id + ": missing " + category);
				}
				for (JsonNode evidence : expect.path("evidence").path(category.name())) {
					int at = full.indexOf(evidence.asText());
					int end = at + evidence.asText().length();
					if (at < 0 || findings.stream().noneMatch(f -> f.category() == category && f.start() < end && at < f.end())) {
						found = false;
						problems.add(id + ": no " + category + " finding on \"" + evidence.asText() + "\"");
					}
				}
				if (found) {
					t[0]++;
				}
			}
			Set<FindingCategory> forbidden = categories(expect.get("forbid"));
			boolean forbiddenFinding = false;
			for (Finding f : findings) {
				if (forbidden.contains(f.category())) {
					forbiddenFinding = true;
					problems.add(id + ": unexpected " + f.category() + " " + f.ruleId() + " on \"" + f.excerpt() + "\" (" + f.message() + ")");
				}
				if (!full.substring(f.start(), f.end()).equals(f.excerpt())) {
					problems.add(id + ": excerpt of " + f.ruleId() + " is not the text at " + f.start() + ".." + f.end());
				}
			}
			if (expected.isEmpty()) {
				clean++;
				cleanWithFindings += forbiddenFinding ? 1 : 0;
			}
			if (report.blocking() != expect.get("blocking").asBoolean()) {
				problems.add(id + ": blocking " + report.blocking() + ", expected " + expect.get("blocking").asBoolean());
			}
			if (report.routing().legalRequired() != expect.get("legalRequired").asBoolean()) {
				problems.add(id + ": legalRequired " + report.routing().legalRequired() + ", expected " + expect.get("legalRequired").asBoolean());
			}
		}

		String table = table(tally, clean, cleanWithFindings, cases.size(), problems);
		System.out.println(table);

		assertThat(cases.size()).as("number of cases").isGreaterThanOrEqualTo(260);
		tally.forEach((category, t) -> assertThat((double) t[0] / t[1]).as("recall of " + category + table).isGreaterThanOrEqualTo(0.95));
		assertThat(cleanWithFindings).as("clean cases with a finding" + table).isZero();
		assertThat(problems).as("cases screened differently from their label" + table).isEmpty();
	}

	@Test
	void everyCaseNamesAllTwelveCategoriesAndEachEvidenceOccursOnce() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String file : LabelledCases.CORPORA) {
			for (JsonNode c : read(file)) {
				String full = c.get("title").asText() + "\n" + c.get("body").asText();
				c.get("expect").path("evidence").fields().forEachRemaining(e -> e.getValue().forEach(v -> {
					int first = full.indexOf(v.asText());
					if (first < 0 || full.indexOf(v.asText(), first + 1) >= 0) {
						problems.add(c.get("id").asText() + ": \"" + v.asText() + "\"");
					}
				}));
				Set<FindingCategory> all = EnumSet.copyOf(categories(c.get("expect").get("categories")));
				all.addAll(categories(c.get("expect").get("forbid")));
				all.remove(FindingCategory.EXTRACTION);
				if (all.size() != 12) {
					problems.add(c.get("id").asText() + ": categories + forbid must name all twelve categories");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String table(Map<FindingCategory, int[]> tally, int clean, int cleanWithFindings, int cases, List<String> problems) {
		StringBuilder table = new StringBuilder("\nfull pipeline (rules + LanguageTool + DMN routing)\ncategory            cases  found  recall\n");
		tally.forEach((category, t) -> table.append(String.format("%-18s %6d %6d %7.3f%n", category, t[1], t[0], (double) t[0] / t[1])));
		table.append(String.format("clean cases: %d, with a finding they forbid: %d, false-positive rate %.3f%n", clean, cleanWithFindings,
				clean == 0 ? 0.0 : (double) cleanWithFindings / clean));
		table.append("cases: ").append(cases).append('\n');
		problems.forEach(p -> table.append("  ").append(p).append('\n'));
		return table.toString();
	}
}
