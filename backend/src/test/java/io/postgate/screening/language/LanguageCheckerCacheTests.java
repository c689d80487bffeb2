package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageCheckerCacheTests {

	private static LanguageChecker checker;
	private static LanguageChecker uncached;

	@BeforeAll
	static void warmUp() {
		checker = TestCheckers.shared();
		uncached = TestCheckers.uncached();
	}

	@Test
	void reChecksOnlyTheEditedParagraphAndMatchesAFullCheck() {
		String document = SampleDocuments.english(3_000).replace("Boston", "Bostonn");
		List<Finding> first = checker.check(document, "en-US", TestCheckers.BRAND_TERMS);
		assertThat(first).isEqualTo(uncached.check(document, "en-US", TestCheckers.BRAND_TERMS));
		assertThat(first).extracting(Finding::category).contains(FindingCategory.GRAMMAR, FindingCategory.SPELLING);

		String[] paragraphs = document.split("\n\n");
		paragraphs[paragraphs.length / 2] = "Our new blend are availble now, and the old one stays. " + paragraphs[paragraphs.length / 2];
		String edited = String.join("\n\n", paragraphs);
		int cachedBefore = checker.cachedParagraphs();

		List<Finding> incremental = checker.check(edited, "en-US", TestCheckers.BRAND_TERMS);

		assertThat(checker.cachedParagraphs()).isEqualTo(cachedBefore + 1);
		assertThat(incremental).isEqualTo(uncached.check(edited, "en-US", TestCheckers.BRAND_TERMS));
		assertThat(incremental).extracting(Finding::excerpt).contains("are", "availble");
		assertThat(incremental).hasSize(first.size() + 2);
		incremental.forEach(f -> assertThat(edited.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
	}

	@Test
	void aWordAcceptedInOneCheckIsStillMisspelledInACheckThatDoesNotAcceptIt() {
		String text = "We love Zorbleaf tea in the morning.";

		assertThat(checker.check(text, "en-US", Set.of("Zorbleaf"))).isEmpty();
		assertThat(checker.check(text, "en-US", Set.of())).extracting(Finding::excerpt).containsExactly("Zorbleaf");
	}

	@Test
	void chineseDocumentsAreCachedTheSameWay() {
		String document = SampleDocuments.chinese(3_000);
		List<Finding> first = checker.check(document, "zh-CN", Set.of());
		String edited = "新品的反响原因是因为口感好。\n" + document.replaceFirst("上海", "上海浦东");

		List<Finding> incremental = checker.check(edited, "zh-CN", Set.of());

		assertThat(first).isEqualTo(uncached.check(document, "zh-CN", Set.of())).isNotEmpty();
		assertThat(incremental).isEqualTo(uncached.check(edited, "zh-CN", Set.of()));
		incremental.forEach(f -> assertThat(edited.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
	}

	@Test
	void throwsWhenTheTimeBudgetRunsOutAndLeavesNoTraceInTheCaches() {
		String document = SampleDocuments.english(1_500).replace("Denver", "Denvr");
		int cachedBefore = checker.cachedParagraphs();

		assertThatThrownBy(() -> checker.check(document, "en-US", Set.of(), Duration.ofNanos(1)))
			.isInstanceOf(LanguageCheckTimeoutException.class)
			.hasMessageContaining("did not finish");

		assertThat(checker.cachedParagraphs()).isEqualTo(cachedBefore);
		assertThat(checker.check(document, "en-US", Set.of())).isEqualTo(uncached.check(document, "en-US", Set.of()))
			.extracting(Finding::excerpt)
			.contains("Denvr");
	}
}
