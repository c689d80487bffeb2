package io.postgate.publishing;

/** A delivery failed; {@code retryable} is false when trying again cannot help (e.g. a 4xx answer). */
public class DeliveryException extends Exception {

	private final boolean retryable;

	public DeliveryException(String message, boolean retryable, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return retryable;
	}
}
