package io.postgate.screening.extraction;

import java.time.Duration;

/**
 * Limits and pool settings for {@link TextExtractor}. Every limit is enforced per file.
 *
 * @param maxUploadBytes largest file accepted, checked before any parsing ({@code UPLOAD_TOO_LARGE})
 * @param maxTextChars most characters of text kept; more is cut off and flagged, or refused when
 *        {@code rejectLongText} ({@code TEXT_TOO_LONG})
 * @param rejectLongText refuse text over the limit instead of truncating it
 * @param parseTimeout wall-clock time a worker may spend on one file before it is killed ({@code PARSE_TIMEOUT})
 * @param maxEmbeddedDepth how deep attachments, embedded objects and archive members may nest; the file
 *        itself is depth 0 ({@code EMBEDDED_TOO_DEEP})
 * @param maxCompressionRatio how many times larger than the file its unpacked content may be ({@code COMPRESSION_BOMB})
 * @param workers number of child JVMs kept running
 * @param workerHeapMb heap cap of each child JVM ({@code MEMORY_LIMIT} when a file needs more)
 * @param workerStartTimeout how long a child JVM may take to start and warm up
 */
public record ExtractionConfig(
		long maxUploadBytes,
		int maxTextChars,
		boolean rejectLongText,
		Duration parseTimeout,
		int maxEmbeddedDepth,
		int maxCompressionRatio,
		int workers,
		int workerHeapMb,
		Duration workerStartTimeout) {

	public ExtractionConfig {
		requirePositive(maxUploadBytes, "maxUploadBytes");
		requirePositive(maxTextChars, "maxTextChars");
		requirePositive(parseTimeout.toMillis(), "parseTimeout");
		requirePositive(maxEmbeddedDepth + 1L, "maxEmbeddedDepth + 1");
		requirePositive(maxCompressionRatio, "maxCompressionRatio");
		requirePositive(workers, "workers");
		if (workerHeapMb < 64) {
			throw new IllegalArgumentException("workerHeapMb must be at least 64");
		}
		requirePositive(workerStartTimeout.toMillis(), "workerStartTimeout");
	}

	/** 20 MiB uploads, 1 million characters, 30 s per file, 4 levels of nesting, 100× inflation, two 512 MB workers. */
	public static ExtractionConfig defaults() {
		return new ExtractionConfig(20L * 1024 * 1024, 1_000_000, false, Duration.ofSeconds(30), 4, 100, 2, 512,
				Duration.ofSeconds(60));
	}

	public ExtractionConfig withMaxUploadBytes(long value) {
		return new ExtractionConfig(value, maxTextChars, rejectLongText, parseTimeout, maxEmbeddedDepth,
				maxCompressionRatio, workers, workerHeapMb, workerStartTimeout);
	}

	public ExtractionConfig withMaxTextChars(int value, boolean reject) {
		return new ExtractionConfig(maxUploadBytes, value, reject, parseTimeout, maxEmbeddedDepth,
				maxCompressionRatio, workers, workerHeapMb, workerStartTimeout);
	}

	public ExtractionConfig withParseTimeout(Duration value) {
		return new ExtractionConfig(maxUploadBytes, maxTextChars, rejectLongText, value, maxEmbeddedDepth,
				maxCompressionRatio, workers, workerHeapMb, workerStartTimeout);
	}

	public ExtractionConfig withMaxEmbeddedDepth(int value) {
		return new ExtractionConfig(maxUploadBytes, maxTextChars, rejectLongText, parseTimeout, value,
				maxCompressionRatio, workers, workerHeapMb, workerStartTimeout);
	}

	public ExtractionConfig withMaxCompressionRatio(int value) {
		return new ExtractionConfig(maxUploadBytes, maxTextChars, rejectLongText, parseTimeout, maxEmbeddedDepth,
				value, workers, workerHeapMb, workerStartTimeout);
	}

	public ExtractionConfig withWorkers(int count, int heapMb) {
		return new ExtractionConfig(maxUploadBytes, maxTextChars, rejectLongText, parseTimeout, maxEmbeddedDepth,
				maxCompressionRatio, count, heapMb, workerStartTimeout);
	}

	private static void requirePositive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}
}
