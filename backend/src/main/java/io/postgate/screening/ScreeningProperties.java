package io.postgate.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param rulesLocation an external folder of rule packs, brand glossary and platform limits, added to the packaged ones
 * @param maxTextLength longest text (title + body) screened; above it the API answers 413
 * @param timeBudget how long one LanguageTool check may run
 * @param languageToolPoolSize LanguageTool instances per language
 * @param maxUploadSize largest file accepted for screening
 * @param extractionWorkers child JVMs that parse uploaded files
 * @param extractionWorkerHeapMb heap cap of each child JVM
 * @param parseTimeout how long parsing one file may take
 * @param paragraphCacheSize paragraphs whose rule results, and lines whose LanguageTool results, are kept for re-checks
 */
@ConfigurationProperties("postgate.screening")
record ScreeningProperties(
		Path rulesLocation,
		@DefaultValue("200000") int maxTextLength,
		@DefaultValue("20s") Duration timeBudget,
		@DefaultValue("2") int languageToolPoolSize,
		@DefaultValue("20MB") DataSize maxUploadSize,
		@DefaultValue("1") int extractionWorkers,
		@DefaultValue("384") int extractionWorkerHeapMb,
		@DefaultValue("30s") Duration parseTimeout,
		@DefaultValue("20000") int paragraphCacheSize) {
}
