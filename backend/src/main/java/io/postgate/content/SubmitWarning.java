package io.postgate.content;

import java.util.Map;

/**
 * Advice given with a successful submit: it does not stop the submission. {@code code} names the kind (for the UI's
 * translation), {@code details} its numbers.
 */
public record SubmitWarning(String code, String message, Map<String, Object> details) {
}
