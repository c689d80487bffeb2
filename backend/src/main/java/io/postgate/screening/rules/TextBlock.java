package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of the screened text: the lines between two blank lines, and where it starts. Phrases,
 * patterns, personal data, links and brand terms are matched within one block, so a block's findings
 * depend on its text alone and an edit re-checks only the block it touched.
 */
record TextBlock(int start, String text) {

	static List<TextBlock> split(String text) {
		List<TextBlock> blocks = new ArrayList<>();
		int blockStart = -1;
		int blockEnd = -1;
		int from = 0;
		while (from < text.length()) {
			int newline = text.indexOf('\n', from);
			int lineEnd = newline < 0 ? text.length() : newline;
			if (isBlank(text, from, lineEnd)) {
				if (blockStart >= 0) {
					blocks.add(new TextBlock(blockStart, text.substring(blockStart, blockEnd)));
					blockStart = -1;
				}
			}
			else {
				blockStart = blockStart < 0 ? from : blockStart;
				blockEnd = lineEnd;
			}
			from = newline < 0 ? text.length() : newline + 1;
		}
		if (blockStart >= 0) {
			blocks.add(new TextBlock(blockStart, text.substring(blockStart, blockEnd)));
		}
		return blocks;
	}

	private static boolean isBlank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
