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

	/**
	 * The paragraphs in at most {@code count} runs of consecutive paragraphs with about the same number of
	 * characters each, so that instances checking one run each finish at about the same time.
	 */
	static List<List<Paragraph>> balancedRuns(List<Paragraph> paragraphs, int count) {
		long total = 0;
		for (Paragraph paragraph : paragraphs) {
			total += paragraph.text().length();
		}
		List<List<Paragraph>> runs = new ArrayList<>();
		List<Paragraph> run = new ArrayList<>();
		long done = 0;
		for (Paragraph paragraph : paragraphs) {
			long target = total * (runs.size() + 1) / count;
			long after = done + paragraph.text().length();
			if (!run.isEmpty() && runs.size() < count - 1 && after - target > target - done) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(paragraph);
			done = after;
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}
}
