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

	private final AhoCorasick variants;
	private final List<String> correctOfVariant = new ArrayList<>();
	private final AhoCorasick caseInsensitiveTerms;
	private final List<String> singleWordTerms = new ArrayList<>();
	private final AhoCorasick anyInFoldedText;

	BrandTermChecker(BrandGlossary brand) {
		AhoCorasick.Builder wrong = AhoCorasick.builder();
		AhoCorasick.Builder single = AhoCorasick.builder();
		AhoCorasick.Builder folded = AhoCorasick.builder();
		for (BrandGlossary.Term term : brand.terms()) {
			for (String variant : term.wrong()) {
				wrong.add(TextNormaliser.phrase(variant, false));
				folded.add(TextNormaliser.phrase(variant, true));
				correctOfVariant.add(term.term());
			}
			String normalised = TextNormaliser.phrase(term.term(), false);
			if (!normalised.contains(" ") && normalised.chars().anyMatch(Character::isLetter)) {
				single.add(lowerCharwise(normalised));
				folded.add(TextNormaliser.phrase(term.term(), true));
				singleWordTerms.add(normalised);
			}
		}
		this.variants = correctOfVariant.isEmpty() ? null : wrong.build();
		this.caseInsensitiveTerms = singleWordTerms.isEmpty() ? null : single.build();
		this.anyInFoldedText = folded.build();
	}

	/**
	 * Brand-term findings in {@code original}. {@code folded} is the same text normalised with case folded: when no
	 * variant or term occurs in it in any letter case, there is nothing to find and the text is not normalised again.
	 */
	List<Finding> check(String original, String folded) {
		if (!anyInFoldedText.containsAny(folded)) {
			return List.of();
		}
		NormalisedText text = TextNormaliser.normalise(original, false);
		String s = text.text();
		List<Finding> findings = new ArrayList<>();
		if (variants != null) {
			variants.search(s, (id, start, end) -> {
				if (wholeWord(s, start, end)) {
					String correct = correctOfVariant.get(id);
					findings.add(Findings.at(text, start, end, FindingCategory.BRAND_TERM, "brand-wrong-variant",
							Severity.WARNING, "Write the name as \"" + correct + "\".", correct, LEGAL));
				}
			});
		}
		if (caseInsensitiveTerms != null) {
			String lower = lowerCharwise(s);
			caseInsensitiveTerms.search(lower, (id, start, end) -> {
				String correct = singleWordTerms.get(id);
				if (!s.startsWith(correct, start) && wholeWord(s, start, end) && !inHandleOrLink(s, start, end)) {
					findings.add(Findings.at(text, start, end, FindingCategory.BRAND_TERM, "brand-letter-case",
							Severity.WARNING, "Write the name as \"" + correct + "\" (letter case).", correct, LEGAL));
				}
			});
		}
		return findings;
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

	private static String lowerCharwise(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}
}
