package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * BRAND_TERM: wrong variants from the glossary, matched case-sensitively as whole words (a letter or
 * digit next to a match makes it another word; CJK characters and punctuation do not). In addition,
 * a one-word term written in other letter case ("Northwindgo", "NORTHWINDGO") is wrong, except in a
 * hashtag, a mention, an e-mail address or a link, where lower case is normal.
 */
final class BrandTermChecker {

	private static final String LEGAL = "Brand glossary (brand.yaml)";

	/** What a pattern of the automaton stands for: a wrong variant, or a one-word term in any letter case. */
	private record Entry(String written, String correct, boolean variant) {
	}

	private final AhoCorasick automaton;
	private final List<Entry> entries = new ArrayList<>();

	BrandTermChecker(BrandGlossary brand) {
		AhoCorasick.Builder builder = AhoCorasick.builder();
		for (BrandGlossary.Term term : brand.terms()) {
			for (String variant : term.wrong()) {
				builder.add(TextNormaliser.phrase(variant, true));
				entries.add(new Entry(TextNormaliser.phrase(variant, false), term.term(), true));
			}
			String normalised = TextNormaliser.phrase(term.term(), false);
			if (!normalised.contains(" ") && normalised.chars().anyMatch(Character::isLetter)) {
				builder.add(TextNormaliser.phrase(term.term(), true));
				entries.add(new Entry(normalised, normalised, false));
			}
		}
		this.automaton = builder.build();
	}

	/**
	 * Findings in normalised, case-folded text. Terms and variants are found in any letter case; what was
	 * written is then normalised again, keeping its letter case, and compared with the glossary.
	 */
	List<Finding> check(NormalisedText text) {
		String s = text.text();
		List<Finding> findings = new ArrayList<>();
		automaton.search(s, (id, start, end) -> {
			if (!wholeWord(s, start, end)) {
				return;
			}
			Entry entry = entries.get(id);
			NormalisedText.Span span = text.toOriginal(start, end);
			String written = normalisedKeepingCase(text.original().substring(span.start(), span.end()));
			if (entry.variant() && written.equals(entry.written())) {
				findings.add(Findings.at(text, start, end, FindingCategory.BRAND_TERM, "brand-wrong-variant", Severity.WARNING,
						"Write the name as \"" + entry.correct() + "\".", entry.correct(), LEGAL));
			}
			else if (!entry.variant() && !written.equals(entry.correct()) && !inHandleOrLink(s, start, end)) {
				findings.add(Findings.at(text, start, end, FindingCategory.BRAND_TERM, "brand-letter-case", Severity.WARNING,
						"Write the name as \"" + entry.correct() + "\" (letter case).", entry.correct(), LEGAL));
			}
		});
		return findings;
	}

	/** Most names are written plainly, in ASCII letters and digits or in ideographs, which normalisation would leave as they are. */
	private static String normalisedKeepingCase(String written) {
		boolean plain = !written.isEmpty()
				&& written.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c) || TextNormaliser.isCommonIdeograph(c));
		return plain ? written : TextNormaliser.phrase(written, false);
	}

	private static boolean wholeWord(String s, int start, int end) {
		return !(start > 0 && TextNormaliser.isWordChar(s.charAt(start - 1)))
				&& !(end < s.length() && TextNormaliser.isWordChar(s.charAt(end)));
	}

	private static boolean inHandleOrLink(String s, int start, int end) {
		int wordStart = start;
		while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1))) {
			wordStart--;
		}
		String before = s.substring(wordStart, start);
		if (before.endsWith("#") || before.endsWith("@") || before.contains("/") || before.contains(".")
				|| before.contains("@")) {
			return true;
		}
		return end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '@') && end + 1 < s.length()
				&& Character.isLetterOrDigit(s.charAt(end + 1));
	}
}
