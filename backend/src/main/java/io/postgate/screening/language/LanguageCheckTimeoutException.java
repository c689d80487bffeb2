package io.postgate.screening.language;

import java.time.Duration;

/** A grammar and spelling check ran out of its time budget; no partial result is returned. */
public class LanguageCheckTimeoutException extends RuntimeException {

	LanguageCheckTimeoutException(Duration budget) {
		super("grammar and spelling check did not finish within " + budget.toMillis() + " ms");
	}
}
