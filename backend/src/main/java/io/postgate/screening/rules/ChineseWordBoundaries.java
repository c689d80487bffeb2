package io.postgate.screening.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Word boundaries of a text from HanLP's standard segmenter: a Chinese phrase only matches where it
 * neither starts nor ends inside a segmented word, so 最佳 matches in 最佳茶园 but 最高 does not match
 * in 最高兴 (segmented 最/高兴), nor 妈的 in 妈妈的.
 * <p>
 * Punctuation and white space always end a word, so only the run of letters and digits around a
 * phrase's end is segmented, when a phrase first asks: most of a post is never segmented at all.
 */
final class ChineseWordBoundaries {

	private final String text;
	private final Map<Integer, boolean[]> runs = new HashMap<>();

	ChineseWordBoundaries(String text) {
		this.text = text;
	}

	boolean at(int index) {
		if (index <= 0 || index >= text.length() || !isWordPart(text.charAt(index - 1)) || !isWordPart(text.charAt(index))) {
			return true;
		}
		int start = index - 1;
		while (start > 0 && isWordPart(text.charAt(start - 1))) {
			start--;
		}
		boolean[] boundaries = runs.computeIfAbsent(start, from -> segment(text.substring(from, runEnd(from))));
		return boundaries[index - start];
	}

	private int runEnd(int from) {
		int end = from;
		while (end < text.length() && isWordPart(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c);
	}

	static boolean[] segment(String text) {
		boolean[] result = new boolean[text.length() + 1];
		List<Term> terms = HanLP.segment(text);
		int cursor = 0;
		for (Term term : terms) {
			// Terms are contiguous, but look the word up in case the segmenter skipped something.
			int at = text.startsWith(term.word, cursor) ? cursor : text.indexOf(term.word, cursor);
			if (at < 0) {
				continue;
			}
			result[at] = true;
			cursor = at + term.word.length();
			result[cursor] = true;
		}
		return result;
	}
}
