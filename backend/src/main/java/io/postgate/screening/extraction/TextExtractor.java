package io.postgate.screening.extraction;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.postgate.screening.Finding;

/**
 * Extracts text and metadata from uploaded files with Apache Tika, without ever parsing an untrusted
 * file in the server JVM.
 *
 * <p><b>Isolation.</b> Tika treats denial of service as out of scope and names process isolation as the
 * defence, so every file is parsed in a pool of child JVMs ({@link WorkerPool}) started with a heap cap
 * and {@code -XX:+ExitOnOutOfMemoryError}, fed over stdin/stdout with a length-prefixed plain-data
 * protocol ({@link WireFormat}). A child that overruns the parse time is killed and replaced; so is one
 * that runs out of memory or dies. Children are warmed at start-up ({@link #warmUp()}). The only content
 * read in-process is strict UTF-8 plain text ({@link PlainText}). OCR and external programs are off in
 * the children's Tika configuration.
 *
 * <p><b>Limits</b> ({@link ExtractionConfig}), each failing with an {@link ExtractionException} that
 * carries a code and HTTP status ({@link ExtractionFailure}): upload size (checked here, before anything
 * is parsed), text length (cut and flagged, or refused), parse time, embedded depth, compression ratio
 * (a zip container is inflated and counted in the child before Tika parses it; Tika's and POI's own bomb
 * guards stay on), encrypted files, malformed files, worker memory.
 *
 * <p><b>Fail closed.</b> Text that was cut short, parts that could not be read and formats that are not
 * screened come back as blocking EXTRACTION findings, so such a file never passes without a person
 * looking at the original. Nothing is stored: files travel through pipes, and each child's temp
 * directory is deleted when it stops.
 */
public final class TextExtractor implements AutoCloseable {

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

	private final ExtractionConfig config;

	private final WorkerPool workers;

	public TextExtractor(ExtractionConfig config) {
		this.config = Objects.requireNonNull(config);
		this.workers = new WorkerPool(config);
	}

	public TextExtractor() {
		this(ExtractionConfig.defaults());
	}

	/**
	 * Starts the worker JVMs and waits until each has warmed up (a few seconds); safe to call again. A start that
	 * fails is tried again until a worker runs or the extractor is closed: on a busy machine a child can miss its
	 * start timeout, and without a retry the node would never report ready.
	 */
	public void warmUp() {
		while (!workers.fill() && !workers.hasWorkers() && !workers.isClosed()) {
			try {
				Thread.sleep(RETRY_PAUSE.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** True once at least one warm worker is running. */
	public boolean isReady() {
		return workers.hasWorkers();
	}

	/**
	 * Reads one file. The media type is detected from the bytes; {@code fileName} only refines it where
	 * the bytes are ambiguous (plain text vs markdown), as Tika does.
	 * @throws ExtractionException when the file is refused or cannot be read
	 */
	public ExtractionResult extract(byte[] content, String fileName) {
		Objects.requireNonNull(content, "content");
		if (content.length > config.maxUploadBytes()) {
			throw new ExtractionException(ExtractionFailure.UPLOAD_TOO_LARGE, "The file is " + megabytes(content.length)
					+ " MB; the limit is " + megabytes(config.maxUploadBytes()) + " MB.");
		}
		Optional<String> plainText = PlainText.decode(content);
		if (plainText.isPresent()) {
			return fromPlainText(plainText.get(), fileName);
		}
		WorkerReply reply = workers.extract(fileName, content);
		if (reply instanceof WorkerReply.Failed failed) {
			throw new ExtractionException(failed.failure(), failed.message());
		}
		WorkerReply.Parsed parsed = (WorkerReply.Parsed) reply;
		if (parsed.truncated()) {
			rejectLongTextIfConfigured();
		}
		return new ExtractionResult(parsed.text(), parsed.mediaType(), parsed.metadata(), parsed.truncated(),
				ExtractionFindings.of(parsed, config.maxTextChars()));
	}

	@Override
	public void close() {
		workers.close();
	}

	private ExtractionResult fromPlainText(String text, String fileName) {
		String mediaType = PlainText.mediaType(fileName);
		if (text.length() <= config.maxTextChars()) {
			return new ExtractionResult(text, mediaType, DocumentMetadata.NONE, false, List.of());
		}
		rejectLongTextIfConfigured();
		int end = config.maxTextChars();
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		Finding truncated = ExtractionFindings.truncated(end, config.maxTextChars());
		return new ExtractionResult(text.substring(0, end), mediaType, DocumentMetadata.NONE, true, List.of(truncated));
	}

	private void rejectLongTextIfConfigured() {
		if (config.rejectLongText()) {
			throw new ExtractionException(ExtractionFailure.TEXT_TOO_LONG,
					"The file contains more than " + config.maxTextChars() + " characters of text.");
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}
}
