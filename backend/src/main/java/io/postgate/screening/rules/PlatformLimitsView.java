package io.postgate.screening.rules;

/**
 * One platform's limits as the composer's live counters need them; null means no limit. {@code hashtagPattern} and
 * {@code mentionPattern} are regular expressions valid in Java and in JavaScript with the {@code u} flag.
 */
public record PlatformLimitsView(String platform, Integer maxChars, String counting, Integer maxTitleChars, Integer maxHashtags,
		Integer maxLinks, Integer maxMentions, String hashtagPattern, String mentionPattern) {

	static PlatformLimitsView of(PlatformLimits limits) {
		return new PlatformLimitsView(limits.id(), limits.maxChars(), limits.counting().name().toLowerCase().replace('_', '-'),
				limits.maxTitleChars(), limits.maxHashtags(), limits.maxLinks(), limits.maxMentions(), limits.hashtagPattern().pattern(),
				PlatformLimitChecker.MENTION.pattern());
	}
}
