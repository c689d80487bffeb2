package io.postgate.screening.language;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.MultiThreadedJLanguageTool;

/**
 * Throughput of raw LanguageTool against {@link LanguageChecker}. Not a test; run it alone on a quiet machine:
 *
 * <pre>
 * mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.postgate.screening.language.LanguageCheckerBenchmark [-Dexec.args=60]
 * </pre>
 *
 * The argument is the warm-up in seconds per scenario (default 30: the JIT keeps compiling that long).
 * Re-check scenarios edit one paragraph with a fresh sentence every round, so they never hit a cached result
 * for the edited paragraph.
 */
public final class LanguageCheckerBenchmark {

	private static final Set<String> BRAND = TestCheckers.BRAND_TERMS;

	private LanguageCheckerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration warmUp = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
		String post = SampleDocuments.english(300);
		String chinesePost = SampleDocuments.chinese(500);
		String document = SampleDocuments.english(3_000);
		System.out.printf("texts: post %d words, Chinese post %d chars, document %d words / %d paragraphs%n",
				words(post), chinesePost.length(), words(document), document.split("\n\n").length);

		Language english = Languages.getLanguageForShortCode("en-US");
		Language chinese = Languages.getLanguageForShortCode("zh-CN");
		JLanguageTool rawEnglish = new JLanguageTool(english);
		JLanguageTool rawChinese = new JLanguageTool(chinese);
		MultiThreadedJLanguageTool rawEnglishTwoThreads = new MultiThreadedJLanguageTool(english, 2);

		LanguageCheckerConfig defaults = LanguageCheckerConfig.defaults();
		LanguageChecker uncachedOneThread = checker(defaults, 1, Integer.MAX_VALUE);
		LanguageChecker uncachedTwoThreads = checker(defaults, 2, 0);
		LanguageChecker cached = new LanguageChecker(defaults);
		cached.warmUp();

		int[] edit = { 0 };
		measure("raw JLanguageTool.check, 300-word post", warmUp, () -> rawEnglish.check(post));
		measure("LanguageChecker (no cache), 300-word post", warmUp, () -> uncachedOneThread.check(post, "en-US", BRAND));
		measure("raw JLanguageTool.check, 500-char Chinese post", warmUp, () -> rawChinese.check(chinesePost));
		measure("LanguageChecker (no cache), 500-char Chinese post", warmUp,
				() -> uncachedOneThread.check(chinesePost, "zh-CN", BRAND));
		measure("raw JLanguageTool.check, 3,000 words, 1 thread", warmUp, () -> rawEnglish.check(document));
		measure("raw MultiThreadedJLanguageTool, 3,000 words, 2 threads", warmUp, () -> rawEnglishTwoThreads.check(document));
		measure("LanguageChecker (no cache), 3,000 words, 1 instance", warmUp,
				() -> uncachedOneThread.check(document, "en-US", BRAND));
		measure("LanguageChecker (no cache), 3,000 words, 2 instances", warmUp,
				() -> uncachedTwoThreads.check(document, "en-US", BRAND));
		measure("LanguageChecker (cached), 3,000 words unchanged", warmUp, () -> cached.check(document, "en-US", BRAND));
		measure("LanguageChecker (cached), 3,000 words, one paragraph edited", warmUp,
				() -> cached.check(edited(document, ++edit[0]), "en-US", BRAND));
		measure("LanguageChecker (no cache), 3,000 words, one paragraph edited", warmUp,
				() -> uncachedOneThread.check(edited(document, ++edit[0]), "en-US", BRAND));

		rawEnglishTwoThreads.shutdown();
		uncachedOneThread.close();
		uncachedTwoThreads.close();
		cached.close();
	}

	/** A checker with one or two instances; paragraph and sentence caches off. */
	private static LanguageChecker checker(LanguageCheckerConfig defaults, int instances, int parallelThreshold) {
		LanguageChecker checker = new LanguageChecker(new LanguageCheckerConfig(defaults.languages(), instances,
				defaults.maxTextLength(), Duration.ofMinutes(1), 0, 0, parallelThreshold, defaults.maxSuggestions(),
				Map.of()));
		checker.warmUp();
		return checker;
	}

	private static String edited(String document, int round) {
		String[] paragraphs = document.split("\n\n");
		int index = round % paragraphs.length;
		paragraphs[index] = "This is edit number " + round + " of the text. " + paragraphs[index];
		return String.join("\n\n", paragraphs);
	}

	private static void measure(String name, Duration warmUp, Callable<List<?>> check) throws Exception {
		long warmUpEnd = System.nanoTime() + warmUp.toNanos();
		while (System.nanoTime() < warmUpEnd) {
			check.call();
		}
		int rounds = 0;
		long start = System.nanoTime();
		long elapsed;
		do {
			check.call();
			rounds++;
			elapsed = System.nanoTime() - start;
		} while (elapsed < Duration.ofSeconds(10).toNanos() || rounds < 5);
		System.out.printf("%-62s %9.2f ms/check  (%d rounds)%n", name, elapsed / 1e6 / rounds, rounds);
	}

	private static int words(String text) {
		return text.split("\\s+").length;
	}
}
