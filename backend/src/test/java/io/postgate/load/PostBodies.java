package io.postgate.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plain English post bodies of about a given number of words that screening passes without blocking findings.
 * Each post's sentences are drawn in its own order, so LanguageTool's paragraph cache does not make later posts free.
 */
final class PostBodies {

	private static final List<String> SENTENCES = List.of(
			"Our team spent the week planning the spring content calendar together.",
			"We looked at which stories our readers enjoyed most last season.",
			"Short videos about the making of our products drew the most comments.",
			"Many readers asked for more background on the people behind the brand.",
			"This month we will share three interviews with colleagues from the workshop.",
			"Each interview is a few minutes long and has subtitles in two languages.",
			"We also plan a small series of photos from our partner farms.",
			"The photos show the seasons change across the fields and the orchards.",
			"If you visit one of our shops, you can see the prints on the walls.",
			"Our designers chose a calm palette of greens and soft browns for the series.",
			"We would love to hear which topics you want us to cover next.",
			"Please leave a comment below or write to the team through the website form.",
			"Every suggestion is read by a member of the editorial team.",
			"Last year several reader ideas became full articles on the blog.",
			"The calendar for the coming weeks is now almost complete.",
			"We keep a few open slots for news that comes up during the month.",
			"Our editors meet every Monday to review the plan and adjust it.",
			"The review keeps the tone friendly and the facts accurate.",
			"Thank you for following our work and sharing it with friends.",
			"We look forward to another season of stories with you.",
			"The workshop team is preparing a short guide to caring for wooden tables.",
			"The guide explains how to clean, oil and protect the surface over time.",
			"It will be available as a printable page and as a short video.",
			"Our customer service team helped write the most common questions into it.",
			"We tested every step at home before writing it down.",
			"A few colleagues also shared their favourite tips for small apartments.",
			"One of them keeps plants on a narrow shelf by the window.",
			"Another uses a folding table that becomes a desk in the evening.",
			"These small ideas often make the biggest difference in a busy week.",
			"We hope the series gives you a little inspiration for your own home.");

	private final int words;

	PostBodies(int words) {
		this.words = words;
	}

	/** About {@code words} words in paragraphs of four sentences, the same text for the same number. */
	String body(int number) {
		Random random = new Random(number);
		List<String> sentences = new ArrayList<>();
		int count = 0;
		while (count < words) {
			String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
			sentences.add(sentence);
			count += sentence.split(" ").length;
		}
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < sentences.size(); i++) {
			body.append(sentences.get(i)).append(i % 4 == 3 ? "\n\n" : " ");
		}
		return body.toString().strip();
	}
}
