package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.postgate.screening.TopLevelDomains;

/**
 * Parts of a post that are not prose: URLs, e-mail addresses, #hashtags (also Weibo's #话题#),
 * @mentions, ids joined by underscores (lumen_tea_88) and emoji, and the occurrences of accepted words (brand names). Spelling findings touching
 * the former or lying inside the latter are dropped, and so are grammar findings lying inside either.
 */
final class IgnoredSpans {

	record Span(int start, int end) {

		boolean overlaps(int from, int to) {
			return from < end && start < to;
		}

		boolean contains(int from, int to) {
			return start <= from && to <= end;
		}
	}

	private static final String HOST = "[\\p{Alnum}-]+(?:\\.[\\p{Alnum}-]+)*\\.[a-z]{2,}";
	private static final String NOT_URL_END = "[^\\s\\p{IsHan}，。！？；：、（）【】《》「」\"'<>]";

	private static final List<Pattern> PATTERNS = List.of(
			// URLs with a scheme or www., and bare links such as northwindtea.example/go
			Pattern.compile("(?i)(?:https?://|www\\.)" + NOT_URL_END + "+"),
			Pattern.compile("\\b" + HOST + "/" + NOT_URL_END + "*"),
			// e-mail addresses before bare host names, which they contain
			Pattern.compile("[\\p{L}\\p{N}._%+-]+@" + HOST),
			// bare host names without a path need a known ending, or "minutes.steep" would count as one
			Pattern.compile("\\b[\\p{Alnum}-]+(?:\\.[\\p{Alnum}-]+)*\\.(?:" + TopLevelDomains.COMMON + ")\\b"),
			// Weibo topics: #周末喝茶#
			Pattern.compile("#[^#\\s]{1,40}#"),
			Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]+"),
			Pattern.compile("(?<![\\p{L}\\p{N}_.])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]"),
			// handles and account ids joined by underscores: lumen_tea_88, priya_hr2024
			Pattern.compile("(?<![\\p{L}\\p{N}_])[\\p{L}\\p{N}]+(?:_[\\p{L}\\p{N}]+)+"));

	private final List<Span> spans;
	private final List<Span> accepted;
	private final Set<String> acceptedTokens;

	private IgnoredSpans(List<Span> spans, List<Span> accepted, Set<String> acceptedTokens) {
		this.spans = spans;
		this.accepted = accepted;
		this.acceptedTokens = acceptedTokens;
	}

	static IgnoredSpans in(String text, Set<String> acceptedWords) {
		List<Span> spans = new ArrayList<>();
		for (Pattern pattern : PATTERNS) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				spans.add(new Span(matcher.start(), matcher.end()));
			}
		}
		addEmoji(text, spans);
		List<Span> accepted = new ArrayList<>();
		addAccepted(text, acceptedWords, accepted);
		return new IgnoredSpans(spans, accepted, acceptedTokens(acceptedWords));
	}

	/**
	 * A spelling finding is dropped if it touches a link, tag or emoji, lies inside an accepted phrase, or
	 * every word in it is a word of an accepted term ("Northwind" of "Northwind Go").
	 */
	boolean ignoresSpelling(String text, int start, int end) {
		for (Span span : spans) {
			if (span.overlaps(start, end)) {
				return true;
			}
		}
		if (ignoresGrammar(start, end)) {
			return true;
		}
		String[] words = text.substring(start, end).split("[\\s\\-]+");
		for (String word : words) {
			if (!word.isEmpty() && !acceptedTokens.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return words.length > 0 && !acceptedTokens.isEmpty();
	}

	boolean ignoresGrammar(int start, int end) {
		for (List<Span> list : List.of(spans, accepted)) {
			for (Span span : list) {
				if (span.contains(start, end)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void addEmoji(String text, List<Span> spans) {
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			if (isEmojiPart(codePoint)) {
				int start = i;
				while (i < text.length() && isEmojiPart(text.codePointAt(i))) {
					i += Character.charCount(text.codePointAt(i));
				}
				spans.add(new Span(start, i));
			}
			else {
				i += Character.charCount(codePoint);
			}
		}
	}

	static boolean isEmojiPart(int cp) {
		return Character.getType(cp) == Character.OTHER_SYMBOL
				|| (cp >= 0x1F000 && cp <= 0x1FAFF) // pictographs, skin tones, regional indicators
				|| cp == 0x200D || cp == 0x20E3 // zero-width joiner, keycap
				|| (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
				|| (cp >= 0xE0020 && cp <= 0xE007F); // tag sequences (subdivision flags)
	}

	/** Every occurrence of an accepted word or phrase, compared case-insensitively. */
	private static void addAccepted(String text, Set<String> acceptedWords, List<Span> spans) {
		String folded = text.toLowerCase(Locale.ROOT);
		for (String word : acceptedWords) {
			String needle = word.strip().toLowerCase(Locale.ROOT);
			if (needle.isEmpty() || needle.length() != word.strip().length() || folded.length() != text.length()) {
				continue;
			}
			for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
				int end = at + needle.length();
				if (!isWordChar(text, at - 1) && !isWordChar(text, end)) {
					spans.add(new Span(at, end));
				}
			}
		}
	}

	/** Latin letters and digits make words; a Han character or punctuation next to a name is a boundary. */
	private static boolean isWordChar(String text, int index) {
		if (index < 0 || index >= text.length()) {
			return false;
		}
		char c = text.charAt(index);
		return Character.isDigit(c) || (Character.isLetter(c) && !Character.isIdeographic(c));
	}

	/** The single words of accepted terms: "Northwind" from "Northwind Tea" is also a word of the brand. */
	private static Set<String> acceptedTokens(Set<String> acceptedWords) {
		Set<String> tokens = new java.util.HashSet<>();
		for (String word : acceptedWords) {
			for (String token : word.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
				if (!token.isEmpty()) {
					tokens.add(token);
				}
			}
		}
		return tokens;
	}
}
