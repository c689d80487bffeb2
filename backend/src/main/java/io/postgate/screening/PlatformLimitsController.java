package io.postgate.screening;

import io.postgate.screening.rules.PlatformLimitsView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class PlatformLimitsController {

	private final Screening screening;

	PlatformLimitsController(Screening screening) {
		this.screening = screening;
	}

	@GetMapping("/api/platforms")
	List<PlatformLimitsView> platforms() {
		return screening.platformLimits();
	}
}
