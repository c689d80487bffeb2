package io.postgate.screening;

import io.postgate.screening.extraction.DocumentMetadata;
import io.postgate.screening.rules.PackVersion;

import java.util.List;
import java.util.Map;

/**
 * What screening found. {@code offsets} says what the finding offsets index: "title+\n+text" for a
 * JSON request, "extractedText" for a file (then {@code extractedText} holds that text).
 */
public record ScreeningReport(String platform, String language, RulePack rulePack, String languageTool, boolean blocking, Routing routing,
		List<Finding> findings, String offsets, String extractedText, FileInfo file, Map<String, Long> timingsMillis) {

	public record RulePack(String version, String hash, List<PackVersion> packs) {
	}

	public record FileInfo(String fileName, String mediaType, boolean truncated, DocumentMetadata metadata) {
	}
}
