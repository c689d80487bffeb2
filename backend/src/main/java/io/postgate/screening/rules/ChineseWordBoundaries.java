package io.postgate.screening.rules;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Word boundaries of a text from HanLP's standard segmenter, computed on first use: a Chinese phrase
 * only matches where it neither starts nor ends inside a segmented word, so 最佳 matches in
 * 最佳茶园 but 最高 does not match in 最高兴 (segmented 最/高兴), nor 妈的 in 妈妈的.
 */
final class ChineseWordBoundaries {

	private final String text;
	private boolean[] boundaries;

	ChineseWordBoundaries(String text) {
		this.text = text;
	}

	boolean at(int index) {
		if (index <= 0 || index >= text.length()) {
			return true;
		}
		if (boundaries == null) {
			boundaries = segment(text);
		}
		return boundaries[index];
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
