package io.postgate.screening.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises text for phrase matching while keeping an exact offset map to the original.
 *
 * <ul>
 * <li>each code point is NFKC-normalised (full-width forms become half-width) and, when asked,
 * lower-cased with {@link Locale#ROOT};</li>
 * <li>zero-width characters and the soft hyphen are dropped;</li>
 * <li>HTML tags count as white space, and a few common entities become their character;</li>
 * <li>every run of white space (line breaks included) becomes one space, or nothing when it stands
 * between two CJK characters, so "治\n愈" matches 治愈 and "lowers\nblood" matches "lowers blood";
 * leading and trailing white space is dropped.</li>
 * </ul>
 * NFKC is applied per code point, which differs from whole-string NFKC only for decomposed accents.
 */
final class TextNormaliser {

	private static final Pattern MARKUP = Pattern.compile(
			"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,400})?/?>|&(?:nbsp|amp|lt|gt|quot|apos|#39);",
			Pattern.DOTALL);

	private TextNormaliser() {
	}

	static NormalisedText normalise(String original, boolean foldCase) {
		int length = original.length();
		StringBuilder out = new StringBuilder(length);
		int[] starts = new int[length + 8];
		int[] ends = new int[length + 8];
		int count = 0;
		int pendingSpaceStart = -1;
		int pendingSpaceEnd = -1;

		Matcher markup = MARKUP.matcher(original);
		int nextMarkup = markup.find() ? markup.start() : Integer.MAX_VALUE;

		int i = 0;
		while (i < length) {
			String replacement;
			int next;
			if (i == nextMarkup) {
				String token = markup.group();
				replacement = token.charAt(0) == '&' ? entity(token) : " ";
				next = markup.end();
				nextMarkup = markup.find() ? markup.start() : Integer.MAX_VALUE;
			}
			else {
				int cp = original.codePointAt(i);
				next = i + Character.charCount(cp);
				if (isInvisible(cp)) {
					i = next;
					continue;
				}
				replacement = fold(cp, foldCase);
			}
			for (int k = 0; k < replacement.length(); k++) {
				char c = replacement.charAt(k);
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					if (pendingSpaceStart < 0) {
						pendingSpaceStart = i;
					}
					pendingSpaceEnd = next;
					continue;
				}
				if (count + 2 > starts.length) {
					starts = java.util.Arrays.copyOf(starts, starts.length * 2);
					ends = java.util.Arrays.copyOf(ends, ends.length * 2);
				}
				if (pendingSpaceStart >= 0) {
					if (count > 0 && !(isCjk(out.charAt(count - 1)) && isCjk(c))) {
						out.append(' ');
						starts[count] = pendingSpaceStart;
						ends[count] = pendingSpaceEnd;
						count++;
					}
					pendingSpaceStart = -1;
				}
				out.append(c);
				starts[count] = i;
				ends[count] = next;
				count++;
			}
			i = next;
		}
		return new NormalisedText(original, out.toString(), java.util.Arrays.copyOf(starts, count),
				java.util.Arrays.copyOf(ends, count));
	}

	/** Normalises a phrase from a rule pack the same way the text is normalised. */
	static String phrase(String phrase, boolean foldCase) {
		return normalise(phrase, foldCase).text();
	}

	private static String fold(int cp, boolean foldCase) {
		String s = new String(Character.toChars(cp));
		if (cp >= 0x80) {
			s = Normalizer.normalize(s, Normalizer.Form.NFKC);
		}
		return foldCase ? s.toLowerCase(Locale.ROOT) : s;
	}

	private static String entity(String token) {
		return switch (token) {
			case "&amp;" -> "&";
			case "&lt;" -> "<";
			case "&gt;" -> ">";
			case "&quot;" -> "\"";
			case "&apos;", "&#39;" -> "'";
			default -> " ";
		};
	}

	static boolean isInvisible(int cp) {
		return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
				|| cp == 0x180E;
	}

	static boolean isCjk(char c) {
		if (c >= 0x3000 && c <= 0x303F) {
			return true;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	/** A letter or digit of an alphabetic script: the characters that glue English words together. */
	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) && !isCjk(c);
	}
}
