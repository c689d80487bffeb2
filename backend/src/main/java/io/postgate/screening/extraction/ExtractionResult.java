package io.postgate.screening.extraction;

import java.util.List;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;

/**
 * What was read from one file. Finding offsets are UTF-16 indices into {@code text}; findings about
 * the file rather than its text (GPS location, unreadable parts) have the empty span 0..0.
 *
 * @param mediaType detected from the content, e.g. {@code application/pdf}
 * @param truncated the text stops at the character limit; an EXTRACTION finding says so
 */
public record ExtractionResult(
		String text,
		String mediaType,
		DocumentMetadata metadata,
		boolean truncated,
		List<Finding> findings) {

	public ExtractionResult {
		findings = List.copyOf(findings);
	}

	/** True when the text may be incomplete, so the file must not pass without a person looking at it. */
	public boolean incomplete() {
		return findings.stream().anyMatch(finding -> finding.category() == FindingCategory.EXTRACTION);
	}
}
