package io.postgate.screening.rules;

import java.util.BitSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression together with the characters a match can start with, so that a scan tries the
 * expression only where one of them stands. Java's {@link Matcher#find()} tries every position, which for a
 * pattern opening with an alternation of words costs ~50 µs on a 500-character post; most positions of a post
 * cannot start a match at all.
 * <p>
 * The start characters are found by probing, not by reading the expression: a character can start a match
 * when matching from it succeeds or runs out of input, after any of a few kinds of preceding character (for
 * look-behinds and word boundaries). Candidates are the characters the expression names (with {@code \\uXXXX}
 * escapes decoded), ASCII, and a few sentinels from elsewhere; when a sentinel can start a match, the
 * expression opens with something broad ({@code \\S}, {@code [^，]}, {@code \\p{IsHan}}) and every position is
 * tried, as before.
 */
final class StartCharacters {

	private static final String[] PRECEDING = { "", " ", "a", "1", "中", "。", "#" };
	private static final String SENTINELS = "中乩兀丐亘éß€あ？☃Ж";
	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	private final Pattern pattern;
	private final BitSet starts;
	/** An expression whose every alternative opens with {@code \\b} cannot match inside a word: such positions are skipped too. */
	private final boolean opensWithWordBoundary;

	private StartCharacters(Pattern pattern, BitSet starts) {
		this.pattern = pattern;
		this.starts = starts;
		this.opensWithWordBoundary = everyAlternativeOpensWithWordBoundary(pattern.pattern());
	}

	static StartCharacters of(Pattern pattern) {
		if (pattern.pattern().contains("(?<=")) {
			return new StartCharacters(pattern, null); // a look-behind may want any character before the start
		}
		BitSet candidates = new BitSet(Character.MAX_VALUE + 1);
		pattern.pattern().chars().forEach(candidates::set);
		Matcher escape = UNICODE_ESCAPE.matcher(pattern.pattern());
		while (escape.find()) {
			candidates.set(Integer.parseInt(escape.group(1), 16));
		}
		candidates.set(0, 0x80);
		for (int i = 0; i < SENTINELS.length(); i++) {
			char sentinel = SENTINELS.charAt(i);
			if (!candidates.get(sentinel) && canStart(pattern, sentinel)) {
				return new StartCharacters(pattern, null);
			}
		}
		BitSet starts = new BitSet(Character.MAX_VALUE + 1);
		candidates.stream().filter(c -> canStart(pattern, (char) c)).forEach(starts::set);
		return new StartCharacters(pattern, starts);
	}

	private static boolean canStart(Pattern pattern, char c) {
		for (String before : PRECEDING) {
			Matcher matcher = pattern.matcher(before + c).useTransparentBounds(true).useAnchoringBounds(false);
			matcher.region(before.length(), before.length() + 1);
			if (matcher.lookingAt() || matcher.hitEnd()) {
				return true;
			}
		}
		return false;
	}

	/** Every match in {@code text}, left to right, exactly as repeated {@link Matcher#find()} reports them. */
	void matches(String text, BiConsumer<Integer, Integer> sink) {
		matchesWithGroups(text, match -> sink.accept(match.start(), match.end()));
	}

	/** Like {@link #matches(String, BiConsumer)}, with each match's groups; a match is valid only during its call. */
	void matchesWithGroups(String text, Consumer<Matcher> sink) {
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		if (starts == null) {
			while (matcher.find()) {
				sink.accept(matcher);
			}
			return;
		}
		int at = 0;
		while (at < text.length()) {
			if (!starts.get(text.charAt(at)) || opensWithWordBoundary && at > 0 && isWordCharacter(text.charAt(at - 1))
					&& isWordCharacter(text.charAt(at))) {
				at++;
				continue;
			}
			matcher.region(at, text.length());
			if (matcher.lookingAt()) {
				sink.accept(matcher);
				at = matcher.end() > at ? matcher.end() : at + 1;
			}
			else {
				at++;
			}
		}
	}

	/** Splits the expression at its top-level '|' (outside groups, classes and escapes); {@code \\Q} quoting is not read. */
	static boolean everyAlternativeOpensWithWordBoundary(String source) {
		if (source.contains("\\Q")) {
			return false;
		}
		int groups = 0;
		int classes = 0;
		int alternativeStart = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				classes++;
			}
			else if (c == ']' && classes > 0) {
				classes--;
			}
			else if (classes == 0 && c == '(') {
				groups++;
			}
			else if (classes == 0 && c == ')') {
				groups--;
			}
			else if (classes == 0 && groups == 0 && c == '|') {
				if (!source.startsWith("\\b", alternativeStart)) {
					return false;
				}
				alternativeStart = i + 1;
			}
		}
		return source.startsWith("\\b", alternativeStart);
	}

	/** Letters, digits and '_': between two of them {@code \\b} never holds (with Unicode word classes too). */
	private static boolean isWordCharacter(char c) {
		return c == '_' || Character.isLetterOrDigit(c);
	}

	/** Whether every position must be tried (for tests). */
	boolean triesEveryPosition() {
		return starts == null;
	}
}
