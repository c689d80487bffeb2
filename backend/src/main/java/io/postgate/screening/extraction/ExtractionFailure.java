package io.postgate.screening.extraction;

/**
 * Why an extraction was refused or failed, with the HTTP status the API answers with.
 * 413 when the upload or its text is too large; 422 when the content itself cannot be processed
 * (encrypted, malformed, a bomb, too deep, too slow to parse); 503 when no extraction worker could
 * serve the request, which says nothing about the file.
 */
public enum ExtractionFailure {

	UPLOAD_TOO_LARGE(413, "The file is larger than the upload limit."),
	TEXT_TOO_LONG(413, "The file contains more text than the limit allows."),
	ENCRYPTED(422, "The file is password-protected; upload it without a password."),
	MALFORMED(422, "The file is damaged or not in the format it claims to be."),
	COMPRESSION_BOMB(422, "The file expands to far more data than its size suggests (possible zip bomb)."),
	EMBEDDED_TOO_DEEP(422, "The file nests embedded documents or archives too deeply."),
	PARSE_TIMEOUT(422, "Reading the file took longer than the time limit."),
	MEMORY_LIMIT(422, "Reading the file needed more memory than the limit allows."),
	WORKER_UNAVAILABLE(503, "Text extraction is temporarily unavailable; try again shortly.");

	private final int httpStatus;
	private final String defaultMessage;

	ExtractionFailure(int httpStatus, String defaultMessage) {
		this.httpStatus = httpStatus;
		this.defaultMessage = defaultMessage;
	}

	/** Machine-readable code for API clients, e.g. {@code extraction.encrypted}. */
	public String code() {
		return "extraction." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public int httpStatus() {
		return httpStatus;
	}

	public String defaultMessage() {
		return defaultMessage;
	}
}
