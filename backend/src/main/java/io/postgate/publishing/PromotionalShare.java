package io.postgate.publishing;

import io.postgate.content.Contents;
import io.postgate.content.PlannedPost;
import io.postgate.content.SubmitAdvisor;
import io.postgate.content.SubmitWarning;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The share of sponsored posts among a platform's scheduled and published posts. Advertising practice keeps promotion at
 * or below about a fifth of what a channel publishes: submit warns when a sponsored post would push a rolling 7-day
 * window above the threshold, and the calendar shows the share per platform per week. Never a block.
 */
@Service
public class PromotionalShare implements SubmitAdvisor {

	static final String WARNING_CODE = "PROMOTIONAL_SHARE";

	private final Contents contents;
	private final double threshold;

	PromotionalShare(Contents contents, PublishingProperties properties) {
		this.contents = contents;
		this.threshold = properties.promotionalShareThreshold();
	}

	@Override
	public List<SubmitWarning> adviseOn(Submission submission) {
		if (!submission.sponsored()) {
			return List.of();
		}
		Instant at = submission.publishAt();
		List<PlannedPost> posts = new ArrayList<>(contents.plannedBetween(at.minus(ShareCount.ROLLING_WINDOW), at.plus(ShareCount.ROLLING_WINDOW))
				.stream().filter(post -> !post.contentId().equals(submission.contentId())).toList());
		posts.add(new PlannedPost(submission.contentId(), submission.platforms(), at, true));
		List<SubmitWarning> warnings = new ArrayList<>();
		for (String platform : submission.platforms()) {
			ShareCount worst = ShareCount.worstWindowAround(posts, platform, at);
			if (worst.share() > threshold) {
				warnings.add(new SubmitWarning(WARNING_CODE,
						"sponsored posts would be %d of %d posts on %s within 7 days (%.0f%%, above %.0f%%)".formatted(worst.promotional(),
								worst.posts(), platform, worst.share() * 100, threshold * 100),
						Map.of("platform", platform, "posts", worst.posts(), "promotional", worst.promotional(), "share", worst.share(),
								"threshold", threshold)));
			}
		}
		return warnings;
	}

	/** Per platform with posts, per 7-day week from {@code from} (the last week may be shorter, ending at {@code to}). */
	public Weekly weekly(Instant from, Instant to) {
		List<PlannedPost> posts = contents.plannedBetween(from, to);
		TreeSet<String> platforms = new TreeSet<>();
		posts.forEach(post -> platforms.addAll(post.platforms()));
		List<WeekShare> weeks = new ArrayList<>();
		for (Instant start = from; start.isBefore(to); start = start.plus(ShareCount.ROLLING_WINDOW)) {
			Instant end = start.plus(ShareCount.ROLLING_WINDOW).isAfter(to) ? to : start.plus(ShareCount.ROLLING_WINDOW);
			for (String platform : platforms) {
				ShareCount count = ShareCount.of(posts, platform, start, end);
				if (count.posts() > 0) {
					weeks.add(new WeekShare(platform, start, end, count.posts(), count.promotional(), count.share(), count.share() > threshold));
				}
			}
		}
		return new Weekly(threshold, weeks);
	}

	public record Weekly(double threshold, List<WeekShare> weeks) {
	}

	public record WeekShare(String platform, Instant weekStart, Instant weekEnd, int posts, int promotional, double share,
			boolean aboveThreshold) {
	}
}
