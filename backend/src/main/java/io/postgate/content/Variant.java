package io.postgate.content;

/** A platform's own title or body; null fields fall back to the revision's. */
public record Variant(String title, String body) {
}
