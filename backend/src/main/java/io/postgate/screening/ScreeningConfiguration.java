package io.postgate.screening;

import io.postgate.screening.extraction.ExtractionConfig;
import io.postgate.screening.extraction.TextExtractor;
import io.postgate.screening.language.LanguageChecker;
import io.postgate.screening.language.LanguageCheckerConfig;
import io.postgate.screening.language.LanguageDetector;
import io.postgate.screening.rules.RuleEngine;
import io.postgate.screening.rules.RuleSetLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the screening parts. An invalid rule pack fails start-up here, naming file and line;
 * LanguageTool and the extraction workers warm up in the background and readiness waits for them.
 */
@Configuration
class ScreeningConfiguration {

	@Bean
	RuleEngine ruleEngine(ScreeningProperties properties) {
		return new RuleEngine(new RuleSetLoader(properties.rulesLocation()).load(), properties.paragraphCacheSize());
	}

	@Bean(destroyMethod = "close")
	LanguageChecker languageChecker(ScreeningProperties properties) {
		LanguageCheckerConfig defaults = LanguageCheckerConfig.defaults();
		return new LanguageChecker(new LanguageCheckerConfig(defaults.languages(), properties.languageToolPoolSize(),
				properties.maxTextLength(), properties.timeBudget(), properties.paragraphCacheSize(), defaults.sentenceCacheSize(),
				defaults.parallelThreshold(), defaults.maxSuggestions(), defaults.rules()));
	}

	@Bean(destroyMethod = "close")
	TextExtractor textExtractor(ScreeningProperties properties) {
		return new TextExtractor(ExtractionConfig.defaults()
				.withMaxUploadBytes(properties.maxUploadSize().toBytes())
				.withParseTimeout(properties.parseTimeout())
				.withWorkers(properties.extractionWorkers(), properties.extractionWorkerHeapMb()));
	}

	@Bean
	LanguageDetector languageDetector() {
		return new LanguageDetector();
	}
}
