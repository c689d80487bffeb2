package io.postgate.screening.rules;

/** A rule's phrase or pattern found in the normalised text, at {@code [start, end)}. */
record PhraseHit(PhraseRule rule, int start, int end) {
}
