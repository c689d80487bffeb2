package io.postgate.screening.language;

/** The requested language is not one the checker was configured with; the API answers 400. */
public class UnsupportedLanguageException extends RuntimeException {

	UnsupportedLanguageException(String languageCode, Iterable<String> supported) {
		super("language '" + languageCode + "' is not supported; use one of " + String.join(", ", supported));
	}
}
