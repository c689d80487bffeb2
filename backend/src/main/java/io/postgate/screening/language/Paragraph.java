package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the text and where it starts. LanguageTool treats a line break as a paragraph end, so
 * checking line by line finds the same matches as checking the whole text, and lets unchanged lines
 * come from the cache.
 */
record Paragraph(int start, String text) {

	static List<Paragraph> split(String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int from = 0;
		while (from < text.length()) {
			int newline = text.indexOf('\n', from);
			int end = newline < 0 ? text.length() : newline + 1;
			String line = text.substring(from, end);
			if (!line.isBlank()) {
				paragraphs.add(new Paragraph(from, line));
			}
			from = end;
		}
		return paragraphs;
	}
}
