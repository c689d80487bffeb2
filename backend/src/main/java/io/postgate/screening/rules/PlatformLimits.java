package io.postgate.screening.rules;

import java.util.regex.Pattern;

/**
 * One platform's limits from platforms.yaml. A null limit means "no limit". {@code maxLinks} 0
 * means the platform does not render links, so any URL is over the limit. {@code name} is how findings
 * name the platform (the id when the file gives none).
 */
record PlatformLimits(
		String id,
		String name,
		Integer maxChars,
		Counting counting,
		Integer maxTitleChars,
		Integer maxHashtags,
		Integer maxLinks,
		Integer maxMentions,
		Pattern hashtagPattern) {

	enum Counting {
		/** Unicode code points. */
		CODEPOINTS,
		/** X's weighted count: CJK characters and emoji weigh 2, every URL 23, most other characters 1. */
		X_WEIGHTED
	}
}
