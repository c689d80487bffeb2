package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text, without its line break, and where it starts: the unit whose LanguageTool matches are
 * cached. Lines are checked on their own because LanguageTool reads lines that only a single line break
 * separates as one sentence, which a post's line-per-thought layout is not. Blank lines are no passage.
 */
record Passage(int start, String text) {

	static List<Passage> split(String text) {
		List<Passage> passages = new ArrayList<>();
		int from = 0;
		while (from < text.length()) {
			int newline = text.indexOf('\n', from);
			int end = newline < 0 ? text.length() : newline;
			if (!text.substring(from, end).isBlank()) {
				passages.add(new Passage(from, text.substring(from, end)));
			}
			from = end + 1;
		}
		return passages;
	}
}
