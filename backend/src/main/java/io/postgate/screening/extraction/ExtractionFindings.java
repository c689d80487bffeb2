package io.postgate.screening.extraction;

import java.util.ArrayList;
import java.util.List;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * Findings about the file rather than its wording. They have the empty span 0..0 because they point at
 * nothing in the text, except truncation, which sits at the end of the text where reading stopped.
 */
final class ExtractionFindings {

	static final String GPS_LOCATION = "extraction.gps-location";

	static final String TRUNCATED = "extraction.truncated";

	static final String PART_UNREADABLE = "extraction.part-unreadable";

	static final String UNSUPPORTED_TYPE = "extraction.unsupported-type";

	private static final String LOCATION_LAW = "PIPL Art. 28 (whereabouts are sensitive personal information); "
			+ "GDPR Art. 4(1) (location data)";

	private ExtractionFindings() {
	}

	static List<Finding> of(WorkerReply.Parsed reply, int maxTextChars) {
		List<Finding> findings = new ArrayList<>();
		if (!reply.supportedType()) {
			findings.add(extraction(UNSUPPORTED_TYPE, 0, "Files of type " + reply.mediaType()
					+ " are not screened automatically: a person must look at the original."));
		}
		if (reply.metadata().hasLocation()) {
			findings.add(location("The image reveals where it was taken (GPS " + reply.metadata().location()
					+ "). Remove the location data before publishing."));
		}
		for (String part : reply.locatedParts()) {
			findings.add(location("An embedded image reveals where it was taken (" + part
					+ "). Remove the location data before publishing."));
		}
		for (String part : reply.unreadableParts()) {
			findings.add(extraction(PART_UNREADABLE,
					0, "Part of the file could not be read: " + part + ". A person must look at the original."));
		}
		if (reply.truncated()) {
			findings.add(truncated(reply.text().length(), maxTextChars));
		}
		return findings;
	}

	static Finding truncated(int at, int maxTextChars) {
		return extraction(TRUNCATED, at, "Only the first " + maxTextChars
				+ " characters were screened: a person must check the rest of the original.");
	}

	private static Finding location(String message) {
		return new Finding(FindingCategory.PII, GPS_LOCATION, Severity.BLOCKER, 0, 0, "", message,
				List.of("Remove the GPS (EXIF) location from the image, e.g. by exporting it without metadata."),
				LOCATION_LAW);
	}

	private static Finding extraction(String ruleId, int at, String message) {
		return new Finding(FindingCategory.EXTRACTION, ruleId, Severity.BLOCKER, at, at, "", message, List.of(), null);
	}
}
