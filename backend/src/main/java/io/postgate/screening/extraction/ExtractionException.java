package io.postgate.screening.extraction;

/**
 * Extraction was refused or failed. {@link #getMessage()} is written for people and is safe to show
 * to the uploader; it never carries a stack trace or a parser's internal message.
 */
public class ExtractionException extends RuntimeException {

	private final ExtractionFailure failure;

	public ExtractionException(ExtractionFailure failure, String message) {
		super(message);
		this.failure = failure;
	}

	public ExtractionException(ExtractionFailure failure) {
		this(failure, failure.defaultMessage());
	}

	public ExtractionFailure failure() {
		return failure;
	}

	public String code() {
		return failure.code();
	}

	public int httpStatus() {
		return failure.httpStatus();
	}
}
