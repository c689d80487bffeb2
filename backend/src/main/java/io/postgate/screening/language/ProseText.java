package io.postgate.screening.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose LanguageTool sees, and the way back to the original offsets. Posts pasted from editors and
 * written to slip past filters carry things a spell checker reads as words: HTML tags ("br") and entities
 * ("&amp"), zero-width characters and soft hyphens inside words ("wor&#8203;ld"), full-width letters
 * ("Ｔｈｅ ｂｅｓｔ"). Tags become a space, entities their character, invisible characters are dropped and
 * full-width letters and digits become ASCII; in languages not written in CJK scripts full-width
 * punctuation and the ideographic space do too (Chinese uses them on purpose). Emoji between two Latin letters
 * ("B⭐E⭐S⭐T", "be🔥st") separate them like a space, as they do for the rule packs.
 */
final class ProseText {

	private static final Pattern MARKUP = Pattern.compile(
			"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,400})?/?>|&(?:nbsp|amp|lt|gt|quot|apos|#39);",
			Pattern.DOTALL);

	private final String text;
	private final int[] starts;
	private final int[] ends;
	private final int originalLength;

	private ProseText(String text, int[] starts, int[] ends, int originalLength) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.originalLength = originalLength;
	}

	static ProseText of(String original, String languageCode) {
		boolean cjk = languageCode.startsWith("zh") || languageCode.startsWith("ja") || languageCode.startsWith("ko");
		StringBuilder out = new StringBuilder(original.length());
		int[] starts = new int[original.length() + 1];
		int[] ends = new int[original.length() + 1];
		Matcher markup = MARKUP.matcher(original);
		int nextMarkup = markup.find() ? markup.start() : Integer.MAX_VALUE;
		int i = 0;
		while (i < original.length()) {
			if (i == nextMarkup) {
				String token = markup.group();
				append(out, token.charAt(0) == '&' ? entity(token) : ' ', i, markup.end(), starts, ends);
				i = markup.end();
				nextMarkup = markup.find() ? markup.start() : Integer.MAX_VALUE;
				continue;
			}
			int emojiEnd = emojiBetweenLetters(original, i);
			if (emojiEnd > i) {
				append(out, ' ', i, emojiEnd, starts, ends);
				i = emojiEnd;
				continue;
			}
			char c = original.charAt(i);
			if (!isInvisible(c)) {
				append(out, fold(c, cjk), i, i + 1, starts, ends);
			}
			i++;
		}
		return new ProseText(out.toString(), starts, ends, original.length());
	}

	String text() {
		return text;
	}

	/** Where the prose span starting at {@code start} starts in the original text. */
	int originalStart(int start) {
		return start < text.length() ? starts[start] : originalLength;
	}

	/** Where the prose span ending (exclusive) at {@code end} ends in the original text. */
	int originalEnd(int start, int end) {
		return end > start ? ends[end - 1] : originalStart(start);
	}

	private static void append(StringBuilder out, char c, int from, int to, int[] starts, int[] ends) {
		int at = out.length();
		out.append(c);
		starts[at] = from;
		ends[at] = to;
	}

	private static char fold(char c, boolean cjk) {
		boolean letterOrDigit = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
		if (letterOrDigit || (!cjk && c >= '！' && c <= '～')) {
			return (char) (c - 0xFEE0);
		}
		if (!cjk && c == '\u3000') {
			return ' ';
		}
		return c;
	}

	private static char entity(String token) {
		return switch (token) {
			case "&amp;" -> '&';
			case "&lt;" -> '<';
			case "&gt;" -> '>';
			case "&quot;" -> '"';
			case "&apos;", "&#39;" -> '\'';
			default -> ' ';
		};
	}

	/** The end of a run of emoji starting at {@code i} between two Latin letters, or {@code i} when there is none. */
	private static int emojiBetweenLetters(String text, int i) {
		if (i == 0 || !isLatinLetter(text.charAt(i - 1))) {
			return i;
		}
		int end = i;
		while (end < text.length() && IgnoredSpans.isEmojiPart(text.codePointAt(end))) {
			end += Character.charCount(text.codePointAt(end));
		}
		return end > i && end < text.length() && isLatinLetter(text.charAt(end)) ? end : i;
	}

	private static boolean isLatinLetter(char c) {
		return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
	}

	private static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}
}
