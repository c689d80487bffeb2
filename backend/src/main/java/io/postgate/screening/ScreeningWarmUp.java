package io.postgate.screening;

import io.postgate.screening.extraction.TextExtractor;
import io.postgate.screening.language.LanguageChecker;
import io.postgate.screening.rules.RuleEngine;
import io.postgate.screening.rules.RuleInput;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Warms LanguageTool (English needs seconds to its first result), HanLP and the extraction workers
 * off the main thread, starting as soon as this bean exists so that the warm-up overlaps the rest of
 * the application's start-up; the readiness probe reports OUT_OF_SERVICE until all are warm.
 */
@Component("screeningHealthIndicator")
class ScreeningWarmUp implements HealthIndicator, InitializingBean {

	private final LanguageChecker languageChecker;
	private final TextExtractor extractor;
	private final RuleEngine rules;
	private volatile boolean rulesWarm;

	ScreeningWarmUp(LanguageChecker languageChecker, TextExtractor extractor, RuleEngine rules) {
		this.languageChecker = languageChecker;
		this.extractor = extractor;
		this.rules = rules;
	}

	@Override
	public void afterPropertiesSet() {
		daemon("language-tool-warm-up", languageChecker::warmUp);
		daemon("extraction-warm-up", extractor::warmUp);
		daemon("rules-warm-up", () -> {
			rules.check(new RuleInput("预热", "第一次使用 NorthwindGo，最近很好。", "zh-CN", null, false));
			rules.check(new RuleInput("Warm-up", "The best tea in town, first time here.", "en-US", null, false));
			rulesWarm = true;
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	boolean ready() {
		return rulesWarm && languageChecker.isReady() && extractor.isReady();
	}

	@Override
	public Health health() {
		return (ready() ? Health.up() : Health.outOfService())
				.withDetail("rules", rulesWarm)
				.withDetail("languageTool", languageChecker.isReady())
				.withDetail("extraction", extractor.isReady())
				.build();
	}
}
