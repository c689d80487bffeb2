package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * PLATFORM_LIMIT, counted as platforms.yaml documents: body characters (code points, or X's
 * weighted count), title characters, hashtags in the body, links in title and body, mentions in
 * the body. Each finding points at what is over the limit: the text past the character limit, the
 * whole title, the first hashtag or mention over the limit up to the last one, each surplus link.
 */
final class PlatformLimitChecker {

	private static final String LEGAL = "Platform publishing rules (platforms.yaml)";
	static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.+\\-@])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*");
	private static final int X_URL_WEIGHT = 23;

	private final Map<Pattern, StartCharacters> scanners = new ConcurrentHashMap<>();

	/** {@code links} are the links in {@code full}, in order. */
	List<Finding> check(PlatformLimits limits, String full, int titleLength, List<NormalisedText.Span> links) {
		List<Finding> findings = new ArrayList<>();
		int bodyStart = titleLength + 1;
		String body = full.substring(bodyStart);

		if (limits.maxChars() != null) {
			int over = firstOverCharLimit(full, bodyStart, limits, links);
			if (over >= 0) {
				findings.add(finding(full, over, full.length(), "platform-max-chars",
						"The text is longer than " + limits.name() + " allows (" + limits.maxChars() + " "
								+ (limits.counting() == PlatformLimits.Counting.X_WEIGHTED ? "weighted characters" : "characters")
								+ "); this part is over the limit.",
						"Shorten the post."));
			}
		}
		if (limits.maxTitleChars() != null && full.codePointCount(0, titleLength) > limits.maxTitleChars()) {
			findings.add(finding(full, 0, titleLength, "platform-max-title-chars",
					"The title has " + full.codePointCount(0, titleLength) + " characters; " + limits.name() + " allows "
							+ limits.maxTitleChars() + ".",
					"Shorten the title to " + limits.maxTitleChars() + " characters."));
		}
		if (limits.maxHashtags() != null) {
			List<int[]> hashtags = spans(limits.hashtagPattern(), body, bodyStart, links, true);
			if (hashtags.size() > limits.maxHashtags()) {
				int[] first = hashtags.get(limits.maxHashtags());
				int[] last = hashtags.get(hashtags.size() - 1);
				findings.add(finding(full, first[0], last[1], "platform-max-hashtags",
						hashtags.size() + " hashtags; " + limits.name() + " allows " + limits.maxHashtags() + ".",
						"Keep at most " + limits.maxHashtags() + " hashtags."));
			}
		}
		if (limits.maxLinks() != null && links.size() > limits.maxLinks()) {
			for (NormalisedText.Span link : links.subList(limits.maxLinks(), links.size())) {
				findings.add(finding(full, link.start(), link.end(), "platform-max-links",
						limits.maxLinks() == 0 ? limits.name() + " does not show links in posts."
								: links.size() + " links; " + limits.name() + " allows " + limits.maxLinks() + ".",
						limits.maxLinks() == 0 ? "Remove the link and point to the profile link or the official site."
								: "Keep at most " + limits.maxLinks() + " links."));
			}
		}
		if (limits.maxMentions() != null) {
			List<int[]> mentions = spans(MENTION, body, bodyStart, links, false);
			if (mentions.size() > limits.maxMentions()) {
				int[] first = mentions.get(limits.maxMentions());
				int[] last = mentions.get(mentions.size() - 1);
				findings.add(finding(full, first[0], last[1], "platform-max-mentions",
						mentions.size() + " mentions; " + limits.name() + " allows " + limits.maxMentions() + ".",
						"Mention at most " + limits.maxMentions() + " accounts."));
			}
		}
		return findings;
	}

	private static Finding finding(String full, int start, int end, String ruleId, String message, String suggestion) {
		return Findings.original(full, start, end, FindingCategory.PLATFORM_LIMIT, ruleId, Severity.BLOCKER, message,
				suggestion, LEGAL);
	}

	/** Matches in the body, in full-text offsets, leaving out those inside links or glued to a word. */
	private List<int[]> spans(Pattern pattern, String body, int offset, List<NormalisedText.Span> links, boolean needsWordStart) {
		List<int[]> spans = new ArrayList<>();
		scanners.computeIfAbsent(pattern, StartCharacters::of).matches(body, (matchStart, matchEnd) -> {
			int start = matchStart + offset;
			int end = matchEnd + offset;
			boolean inLink = links.stream().anyMatch(l -> l.start() <= start && start < l.end());
			boolean glued = needsWordStart && matchStart > 0 && Character.isLetterOrDigit(body.charAt(matchStart - 1))
					&& !TextNormaliser.isCjk(body.charAt(matchStart - 1));
			if (!inLink && !glued) {
				spans.add(new int[] { start, end });
			}
		});
		return spans;
	}

	/** The offset of the first body character past the limit, or -1 when the body fits. */
	static int firstOverCharLimit(String full, int bodyStart, PlatformLimits limits, List<NormalisedText.Span> links) {
		int max = limits.maxChars();
		boolean weighted = limits.counting() == PlatformLimits.Counting.X_WEIGHTED;
		int count = 0;
		int i = bodyStart;
		while (i < full.length()) {
			NormalisedText.Span link = null;
			if (weighted) {
				for (NormalisedText.Span l : links) {
					if (l.start() == i) {
						link = l;
					}
				}
			}
			int weight;
			int next;
			if (link != null) {
				weight = X_URL_WEIGHT;
				next = link.end();
			}
			else {
				int cp = full.codePointAt(i);
				next = i + Character.charCount(cp);
				weight = weighted ? xWeight(cp) : 1;
				if (weighted && isEmoji(cp)) {
					// An emoji sequence (modifiers, variation selectors, ZWJ joins) counts once.
					while (next < full.length()) {
						int following = full.codePointAt(next);
						if (following == 0x200D && next + 1 < full.length()) {
							next += 1;
							next += Character.charCount(full.codePointAt(next));
						}
						else if (following == 0xFE0F || following >= 0x1F3FB && following <= 0x1F3FF) {
							next += Character.charCount(following);
						}
						else {
							break;
						}
					}
				}
			}
			count += weight;
			if (count > max) {
				return i;
			}
			i = next;
		}
		return -1;
	}

	/** twitter-text v3 weights: these ranges weigh 1, everything else (CJK, emoji, ...) weighs 2. */
	static int xWeight(int cp) {
		if (cp <= 4351 || cp >= 8192 && cp <= 8205 || cp >= 8208 && cp <= 8223 || cp >= 8242 && cp <= 8247) {
			return 1;
		}
		return 2;
	}

	private static boolean isEmoji(int cp) {
		return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF;
	}
}
