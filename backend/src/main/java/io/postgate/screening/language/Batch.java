package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passages joined by blank lines into one text for one LanguageTool call, and the way back from the
 * matches in that text to each passage's own.
 * <p>
 * Every call has a fixed cost (a 3,000-word document checked in 19 calls was about 6 % slower than in one),
 * so passages are checked together. LanguageTool ends a sentence at a blank line and, with the rules
 * {@link LanguageToolPool#seesOnlySentences() that look at single sentences}, a passage's matches are the
 * same checked in a batch as alone ({@code BatchTests} checks this on every labelled case); that is what
 * lets each passage's matches be cached on their own.
 */
final class Batch {

	private static final String SEPARATOR = "\n\n";

	private final List<Passage> passages;
	private final int[] offsets;
	private final String text;

	private Batch(List<Passage> passages) {
		this.passages = List.copyOf(passages);
		this.offsets = new int[passages.size()];
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < passages.size(); i++) {
			if (i > 0) {
				joined.append(SEPARATOR);
			}
			offsets[i] = joined.length();
			joined.append(passages.get(i).text());
		}
		this.text = joined.toString();
	}

	/** The passages, in order, in {@code parts} batches of about equal length (fewer when there are fewer passages). */
	static List<Batch> of(List<Passage> passages, int parts) {
		long total = passages.stream().mapToLong(passage -> passage.text().length()).sum();
		List<Batch> batches = new ArrayList<>();
		List<Passage> current = new ArrayList<>();
		long lengthSoFar = 0;
		for (Passage passage : passages) {
			current.add(passage);
			lengthSoFar += passage.text().length();
			if (batches.size() < parts - 1 && lengthSoFar * parts >= total * (batches.size() + 1)) {
				batches.add(new Batch(current));
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			batches.add(new Batch(current));
		}
		return batches;
	}

	/** Each passage on its own. */
	static List<Batch> single(List<Passage> passages) {
		return passages.stream().map(passage -> new Batch(List.of(passage))).toList();
	}

	String text() {
		return text;
	}

	List<Passage> passages() {
		return passages;
	}

	/** The matches in {@link #text()} per passage, with offsets into the passage's own text. */
	Map<Passage, List<LanguageMatch>> perPassage(List<LanguageMatch> matches) {
		Map<Passage, List<LanguageMatch>> perPassage = new HashMap<>();
		passages.forEach(passage -> perPassage.put(passage, new ArrayList<>()));
		for (LanguageMatch match : matches) {
			int index = passageAt(match.start());
			perPassage.get(passages.get(index)).add(match.shiftedBy(-offsets[index]));
		}
		return perPassage;
	}

	private int passageAt(int offset) {
		int found = Arrays.binarySearch(offsets, offset);
		return found >= 0 ? found : -found - 2;
	}
}
