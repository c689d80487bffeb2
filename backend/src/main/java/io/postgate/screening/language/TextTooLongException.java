package io.postgate.screening.language;

/** The text is longer than the configured maximum; the API answers 413. */
public class TextTooLongException extends RuntimeException {

	private final int length;
	private final int maxLength;

	TextTooLongException(int length, int maxLength) {
		super("text of " + length + " characters is longer than the limit of " + maxLength);
		this.length = length;
		this.maxLength = maxLength;
	}

	public int length() {
		return length;
	}

	public int maxLength() {
		return maxLength;
	}
}
