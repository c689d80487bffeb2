package io.postgate.publishing;

import io.postgate.content.PlannedPost;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShareCountTests {

	private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

	private static PlannedPost post(String id, int dayOffset, boolean sponsored, String... platforms) {
		return new PlannedPost(id, List.of(platforms), MONDAY.plus(dayOffset, ChronoUnit.DAYS), sponsored);
	}

	@Test
	void countsOnlyThePlatformsPostsInsideTheSpan() {
		List<PlannedPost> posts = List.of(post("a", 0, true, "weibo"), post("b", 1, false, "weibo", "x"), post("c", 2, true, "x"),
				post("d", 7, true, "weibo"));

		ShareCount weibo = ShareCount.of(posts, "weibo", MONDAY, MONDAY.plus(7, ChronoUnit.DAYS));

		assertThat(weibo).isEqualTo(new ShareCount(2, 1));
		assertThat(weibo.share()).isEqualTo(0.5);
	}

	@Test
	void anEmptySpanHasNoShare() {
		assertThat(ShareCount.of(List.of(), "weibo", MONDAY, MONDAY.plus(7, ChronoUnit.DAYS)).share()).isZero();
	}

	@Test
	void aPostIsJudgedByTheWorstRollingWindowItFallsInto() {
		// the window ending at the new post (day 3) holds four plain posts and it; the window ending on day 8 loses
		// those four but gains two sponsored posts
		List<PlannedPost> posts = List.of(post("p1", -3, false, "weibo"), post("p2", -2, false, "weibo"), post("p3", -1, false, "weibo"),
				post("p4", 0, false, "weibo"), post("new", 3, true, "weibo"), post("s1", 5, true, "weibo"), post("s2", 8, true, "weibo"));

		ShareCount worst = ShareCount.worstWindowAround(posts, "weibo", MONDAY.plus(3, ChronoUnit.DAYS));

		assertThat(worst).isEqualTo(new ShareCount(3, 3));
	}

	@Test
	void aPostExactlySevenDaysEarlierHasLeftTheWindow() {
		List<PlannedPost> posts = List.of(post("old", 0, false, "x"), post("new", 7, true, "x"));

		assertThat(ShareCount.worstWindowAround(posts, "x", MONDAY.plus(7, ChronoUnit.DAYS))).isEqualTo(new ShareCount(1, 1));
	}

	@Test
	void plainPostsAroundKeepASponsoredPostBelowTheThreshold() {
		List<PlannedPost> posts = List.of(post("p1", 0, false, "x"), post("p2", 1, false, "x"), post("p3", 2, false, "x"),
				post("p4", 3, false, "x"), post("new", 4, true, "x"));

		assertThat(ShareCount.worstWindowAround(posts, "x", MONDAY.plus(4, ChronoUnit.DAYS)).share()).isEqualTo(0.2);
	}
}
