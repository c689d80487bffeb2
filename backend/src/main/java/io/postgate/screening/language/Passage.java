package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the text that LanguageTool checks in one call and whose matches are cached, and where it
 * starts: one line, or several paragraphs that blank lines separate.
 * <p>
 * Each call to LanguageTool has a fixed cost (a 3,000-word document checked line by line took about 15 %
 * longer than checked whole), so paragraphs are grouped. Where a group ends depends only on the paragraphs
 * themselves: after a paragraph whose content hash says so (one in {@value #GROUP_ONE_IN}), or before one that
 * would make it longer than {@value #LONGEST_GROUP} characters. An edit therefore changes the group of the
 * edited paragraph and rarely its neighbour, and the same text always gives the same groups, so a re-check
 * from the cache finds what a full check finds. Lines that only a single line break separates are never
 * grouped: LanguageTool would read them as one sentence.
 */
record Passage(int start, String text) {

	static final int GROUP_ONE_IN = 4;
	static final int LONGEST_GROUP = 1_500;

	static List<Passage> split(String text) {
		List<Passage> passages = new ArrayList<>();
		int start = -1;
		int end = -1;
		int lastLine = -1;
		boolean blankLineSince = false;
		int from = 0;
		while (from < text.length()) {
			int newline = text.indexOf('\n', from);
			int lineEnd = newline < 0 ? text.length() : newline + 1;
			if (text.substring(from, lineEnd).isBlank()) {
				blankLineSince = start >= 0;
			}
			else {
				if (start >= 0 && (!blankLineSince || endsGroup(text.substring(lastLine, end)) || lineEnd - start > LONGEST_GROUP)) {
					passages.add(new Passage(start, text.substring(start, end)));
					start = -1;
				}
				start = start < 0 ? from : start;
				end = lineEnd;
				lastLine = from;
				blankLineSince = false;
			}
			from = lineEnd;
		}
		if (start >= 0) {
			passages.add(new Passage(start, text.substring(start, end)));
		}
		return passages;
	}

	private static boolean endsGroup(String paragraph) {
		return Math.floorMod(paragraph.hashCode(), GROUP_ONE_IN) == 0;
	}
}
