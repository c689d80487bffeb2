package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AhoCorasickTests {

	@Test
	void findsOverlappingAndNestedPatternsInOnePass() {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		int he = builder.add("he");
		int she = builder.add("she");
		int his = builder.add("his");
		int hers = builder.add("hers");
		List<String> found = new ArrayList<>();
		builder.build().search("ushers", (id, start, end) -> found.add(id + "@" + start + "-" + end));
		assertThat(found).containsExactlyInAnyOrder(she + "@1-4", he + "@2-4", hers + "@2-6");
		assertThat(found).doesNotContain(his + "@0-0");
	}

	@Test
	void containsAnyFindsAPatternEvenWhenItEndsInsideALongerOne() {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		builder.add("hers");
		builder.add("he");
		AhoCorasick automaton = builder.build();
		assertThat(automaton.containsAny("ushe")).isTrue();
		assertThat(automaton.containsAny("ushrs h e")).isFalse();
		assertThat(automaton.containsAny("")).isFalse();
		assertThat(AhoCorasick.builder().build().containsAny("anything")).isFalse();
	}

	@Test
	void reportsTheSamePhraseOnceForEachIdItWasAddedWith() {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		int first = builder.add("第一");
		int second = builder.add("第一");
		List<Integer> ids = new ArrayList<>();
		builder.build().search("销量第一", (id, start, end) -> ids.add(id));
		assertThat(ids).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void agreesWithNaiveSearchOnRandomText() {
		Random random = new Random(7);
		List<String> patterns = new ArrayList<>();
		AhoCorasick.Builder builder = AhoCorasick.builder();
		for (int i = 0; i < 300; i++) {
			String p = randomWord(random, 1 + random.nextInt(5));
			patterns.add(p);
			builder.add(p);
		}
		AhoCorasick automaton = builder.build();
		String text = randomWord(random, 5000);
		List<String> expected = new ArrayList<>();
		for (int id = 0; id < patterns.size(); id++) {
			String p = patterns.get(id);
			for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
				expected.add(id + "@" + at);
			}
		}
		List<String> actual = new ArrayList<>();
		automaton.search(text, (id, start, end) -> actual.add(id + "@" + start));
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void tenThousandPhrasesCostNoMoreThanOneAndAHalfTimesAThousand() {
		Random random = new Random(11);
		String text = randomWord(random, 17_000);
		int small = build(random, 1_000).search(text, (id, s, e) -> {
		});
		int large = build(random, 10_000).search(text, (id, s, e) -> {
		});
		// Transitions are the automaton's unit of work: at most two per character, whatever the phrase count.
		assertThat(large).isLessThanOrEqualTo((int) (small * 1.5));
		assertThat(large).isLessThanOrEqualTo(2 * text.length());
	}

	@Test
	void emptyPatternIsRejected() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> AhoCorasick.builder().add(""));
	}

	private static AhoCorasick build(Random random, int count) {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		for (int i = 0; i < count; i++) {
			builder.add(randomWord(random, 3 + random.nextInt(8)));
		}
		return builder.build();
	}

	private static String randomWord(Random random, int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append((char) ('a' + random.nextInt(6)));
		}
		return b.toString();
	}
}
