package io.postgate.screening.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
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
 * <li>HTML tags and emoji count as white space, and a few common entities become their character;</li>
 * <li>masking symbols between two ideographs count as white space, so "傻*逼" and "最·好" read 傻逼 and 最好;</li>
 * <li>every run of white space (line breaks included) becomes one space, or nothing when it stands
 * between two CJK characters, so "治\n愈" matches 治愈 and "lowers\nblood" matches "lowers blood";
 * leading and trailing white space is dropped; a line break right after a hyphen joins the word
 * ("risk-\nfree" is "risk-free");</li>
 * <li>letter-spaced words written to slip past filters ("B E S T", "b-e-s-t", "N.O.1") are closed up:
 * see {@link #closeUpSpacedLetters}.</li>
 * </ul>
 * NFKC is applied per code point, which differs from whole-string NFKC only for decomposed accents.
 */
final class TextNormaliser {

	private static final Pattern MARKUP = Pattern.compile(
			"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,400})?/?>|&(?:nbsp|amp|lt|gt|quot|apos|#39);",
			Pattern.DOTALL);

	private static final String[] ASCII = new String[0x80];
	private static final String[] ASCII_FOLDED = new String[0x80];

	static {
		for (char c = 0; c < 0x80; c++) {
			ASCII[c] = String.valueOf(c);
			ASCII_FOLDED[c] = ASCII[c].toLowerCase(Locale.ROOT);
		}
	}

	private TextNormaliser() {
	}

	static NormalisedText normalise(String original, boolean foldCase) {
		int length = original.length();
		Output output = new Output(original);
		// Most posts have no markup: then the expression need not scan them.
		Matcher markup = original.indexOf('<') < 0 && original.indexOf('&') < 0 ? null : MARKUP.matcher(original);
		int nextMarkup = markup != null && markup.find() ? markup.start() : Integer.MAX_VALUE;

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
				if (isCommonIdeograph(cp)) {
					output.visible((char) cp, i, next);
					i = next;
					continue;
				}
				if (isInvisible(cp)) {
					i = next;
					continue;
				}
				if (isMask(cp) && output.endsWithCjk() && ideographFollows(original, next)) {
					output.space(i, next);
					i = next;
					continue;
				}
				replacement = isPictograph(cp) ? " " : fold(cp, foldCase);
			}
			for (int k = 0; k < replacement.length(); k++) {
				char c = replacement.charAt(k);
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					output.space(i, next);
				}
				else {
					output.visible(c, i, next);
				}
			}
			i = next;
		}
		return closeUpSpacedLetters(output.text(), output.wideGaps);
	}

	/** The normalised text being built, with each character's original span and the white space not yet written. */
	private static final class Output {

		private final String original;
		private final StringBuilder out;
		private int[] starts;
		private int[] ends;
		private final BitSet wideGaps = new BitSet();
		private int count;
		private int pendingSpaceStart = -1;
		private int pendingSpaceEnd = -1;
		private int pendingSpaces;

		Output(String original) {
			this.original = original;
			this.out = new StringBuilder(original.length());
			this.starts = new int[original.length() + 8];
			this.ends = new int[original.length() + 8];
		}

		void space(int start, int end) {
			if (pendingSpaceStart < 0) {
				pendingSpaceStart = start;
				pendingSpaces = 0;
			}
			pendingSpaceEnd = end;
			pendingSpaces++;
		}

		void visible(char c, int start, int end) {
			if (count + 2 > starts.length) {
				starts = Arrays.copyOf(starts, starts.length * 2);
				ends = Arrays.copyOf(ends, ends.length * 2);
			}
			if (pendingSpaceStart >= 0) {
				boolean hyphenatedAcrossLines = count > 0 && out.charAt(count - 1) == '-' && Character.isLetter(c)
						&& original.substring(pendingSpaceStart, pendingSpaceEnd).indexOf('\n') >= 0;
				if (count > 0 && !hyphenatedAcrossLines && !(isCjk(out.charAt(count - 1)) && isCjk(c))) {
					if (pendingSpaces > 1) {
						wideGaps.set(count);
					}
					out.append(' ');
					starts[count] = pendingSpaceStart;
					ends[count] = pendingSpaceEnd;
					count++;
				}
				pendingSpaceStart = -1;
			}
			out.append(c);
			starts[count] = start;
			ends[count] = end;
			count++;
		}

		boolean endsWithCjk() {
			return count > 0 && isCjk(out.charAt(count - 1));
		}

		NormalisedText text() {
			return new NormalisedText(original, out.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
		}
	}

	/**
	 * Closes up runs of at least three single letters or digits (two of them letters) separated by the same
	 * one-character separator: a space, a full stop or a hyphen. "the B E S T tea" becomes "the best tea",
	 * "b-e-s-t" "best" and "N.O.1" "no1"; in a space-separated run a gap wider than one character stays a
	 * word break ("B E S T  T E A" is "best tea"). Initials followed by a space ("J. R. R. Tolkien") and
	 * pairs ("A B testing", "e.g.") are left alone. The separators are dropped from the map, so every
	 * remaining character still maps to its original span.
	 */
	static NormalisedText closeUpSpacedLetters(NormalisedText text, BitSet wideGaps) {
		String in = text.text();
		StringBuilder out = null;
		int[] starts = null;
		int[] ends = null;
		int count = 0;
		int i = 0;
		while (i < in.length()) {
			int runEnd = spacedRunEnd(in, i, wideGaps);
			if (runEnd > 0 && out == null) {
				out = new StringBuilder(in.length());
				starts = new int[in.length()];
				ends = new int[in.length()];
				out.append(in, 0, i);
				System.arraycopy(text.starts(), 0, starts, 0, i);
				System.arraycopy(text.ends(), 0, ends, 0, i);
				count = i;
			}
			int next = runEnd > 0 ? runEnd : i + 1;
			for (int k = i; k < next && out != null; k++) {
				boolean separator = runEnd > 0 && (k - i) % 2 == 1;
				if (!separator || wideGaps.get(k)) {
					out.append(in.charAt(k));
					starts[count] = text.originalStart(k);
					ends[count] = text.originalEnd(k);
					count++;
				}
			}
			i = next;
		}
		return out == null ? text
				: new NormalisedText(text.original(), out.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
	}

	/** The end of the letter-spaced run starting at {@code start}, or -1 when none starts there. */
	private static int spacedRunEnd(String text, int start, BitSet wideGaps) {
		if (!isSingle(text, start) || start + 1 >= text.length()) {
			return -1;
		}
		char separator = text.charAt(start + 1);
		if (" .-".indexOf(separator) < 0 || wideGaps.get(start + 1)) {
			return -1;
		}
		int units = 1;
		int letters = Character.isLetter(text.charAt(start)) ? 1 : 0;
		int end = start + 1;
		while (end + 1 < text.length() && text.charAt(end) == separator && isSingle(text, end + 1)) {
			units++;
			letters += Character.isLetter(text.charAt(end + 1)) ? 1 : 0;
			end += 2;
		}
		return units >= 3 && letters >= 2 ? end : -1;
	}

	/** A letter or digit of an alphabetic script with no such neighbour on either side. */
	private static boolean isSingle(String text, int index) {
		return isWordChar(text.charAt(index)) && (index == 0 || !isWordChar(text.charAt(index - 1)))
				&& (index + 1 == text.length() || !isWordChar(text.charAt(index + 1)));
	}

	/** Normalises a phrase from a rule pack the same way the text is normalised. */
	static String phrase(String phrase, boolean foldCase) {
		return normalise(phrase, foldCase).text();
	}

	private static String fold(int cp, boolean foldCase) {
		if (cp < 0x80) {
			return (foldCase ? ASCII_FOLDED : ASCII)[cp];
		}
		String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
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

	/** Emoji and pictographic symbols, which count as white space: "最🔥好" reads 最好, "best🍵tea" best tea. */
	static boolean isPictograph(int cp) {
		return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF || cp == 0xFE0F;
	}

	/** Symbols written inside a word to slip past filters (傻*逼, 最·好, 卧×槽). */
	private static boolean isMask(int cp) {
		return switch (cp) {
			case '*', '＊', '×', '·', '•', '●', '○', '※', '_', '~', '～', '^', '.' -> true;
			default -> false;
		};
	}

	/** Whether an ideograph follows {@code from}, after any further masking symbols or white space. */
	private static boolean ideographFollows(String text, int from) {
		int i = from;
		while (i < text.length() && (isMask(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
			i++;
		}
		return i < text.length() && isCommonIdeograph(text.charAt(i));
	}

	static boolean isInvisible(int cp) {
		return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
				|| cp == 0x180E;
	}

	/** The CJK Unified Ideographs block: no NFKC mapping, no letter case, never white space. */
	static boolean isCommonIdeograph(int cp) {
		return cp >= 0x4E00 && cp <= 0x9FFF;
	}

	static boolean isCjk(char c) {
		if (c < 0x1100) {
			return false; // below Hangul Jamo, the first CJK block: the common case of Latin text, answered quickly
		}
		if (c >= 0x3000 && c <= 0x303F || isCommonIdeograph(c)) {
			return true; // CJK punctuation and the common ideographs, answered without a script look-up
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	/** A letter or digit of an alphabetic script: the characters that glue English words together. */
	static boolean isWordChar(char c) {
		return !isCjk(c) && Character.isLetterOrDigit(c);
	}
}
