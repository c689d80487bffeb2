package io.postgate.publishing;

import io.postgate.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;

@RestController
class PromotionalShareController {

	private static final Duration LONGEST_RANGE = Duration.ofDays(7 * 14);

	private final PromotionalShare promotionalShare;

	PromotionalShareController(PromotionalShare promotionalShare) {
		this.promotionalShare = promotionalShare;
	}

	@GetMapping("/api/calendar/promotional-share")
	PromotionalShare.Weekly weekly(@RequestParam Instant from, @RequestParam Instant to) {
		if (!from.isBefore(to) || from.plus(LONGEST_RANGE).isBefore(to)) {
			throw ApiProblem.badRequest("to: must be after from and at most 14 weeks later");
		}
		return promotionalShare.weekly(from, to);
	}
}
