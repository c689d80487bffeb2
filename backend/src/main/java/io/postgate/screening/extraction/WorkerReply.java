package io.postgate.screening.extraction;

import java.util.List;

/** What a child JVM answers for one file. */
sealed interface WorkerReply {

	/**
	 * @param unreadableParts names of embedded parts that could not be read (encrypted, damaged, unsupported)
	 * @param locatedParts names of embedded parts (photos in a document) that carry a GPS position
	 */
	record Parsed(String mediaType, String text, boolean truncated, DocumentMetadata metadata,
			boolean supportedType, List<String> unreadableParts, List<String> locatedParts) implements WorkerReply {

		public Parsed {
			unreadableParts = List.copyOf(unreadableParts);
			locatedParts = List.copyOf(locatedParts);
		}
	}

	record Failed(ExtractionFailure failure, String message) implements WorkerReply {
	}
}
