package io.postgate.screening.rules;

/** A loaded pack's id and version, as they go into a screening report. */
public record PackVersion(String id, String version) {
}
