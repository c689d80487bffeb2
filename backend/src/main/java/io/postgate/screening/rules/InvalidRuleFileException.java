package io.postgate.screening.rules;

/** A rule file that cannot be used; the message names the file, the line and the problem. */
public final class InvalidRuleFileException extends RuntimeException {

	InvalidRuleFileException(String file, int line, String problem) {
		super(file + ":" + line + ": " + problem);
	}

	InvalidRuleFileException(String file, int line, String problem, Throwable cause) {
		super(file + ":" + line + ": " + problem, cause);
	}
}
