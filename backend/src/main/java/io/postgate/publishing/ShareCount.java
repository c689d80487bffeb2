package io.postgate.publishing;

import io.postgate.content.PlannedPost;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Sponsored posts among all posts of one platform in a span of time. */
record ShareCount(int posts, int promotional) {

	static final Duration ROLLING_WINDOW = Duration.ofDays(7);

	double share() {
		return posts == 0 ? 0 : (double) promotional / posts;
	}

	/** Posts of the platform with from <= publishAt < to. */
	static ShareCount of(List<PlannedPost> posts, String platform, Instant from, Instant to) {
		List<PlannedPost> inSpan = posts.stream()
				.filter(post -> post.platforms().contains(platform))
				.filter(post -> !post.publishAt().isBefore(from) && post.publishAt().isBefore(to))
				.toList();
		return new ShareCount(inSpan.size(), (int) inSpan.stream().filter(PlannedPost::sponsored).count());
	}

	/**
	 * The highest share among the rolling 7-day windows a post at {@code at} falls into: the window ending at it and the
	 * windows ending at each later post of the platform within 7 days.
	 */
	static ShareCount worstWindowAround(List<PlannedPost> posts, String platform, Instant at) {
		return posts.stream()
				.filter(post -> post.platforms().contains(platform))
				.map(PlannedPost::publishAt)
				.filter(end -> !end.isBefore(at) && end.isBefore(at.plus(ROLLING_WINDOW)))
				.map(end -> of(posts, platform, end.minus(ROLLING_WINDOW).plusNanos(1), end.plusNanos(1)))
				.max(Comparator.comparingDouble(ShareCount::share))
				.orElse(of(posts, platform, at.minus(ROLLING_WINDOW).plusNanos(1), at.plusNanos(1)));
	}
}
