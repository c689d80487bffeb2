package io.postgate.screening;

/** Who reviews, whether legal signs off, and how fast: the outcome of bpmn/review-routing.dmn. */
public record Routing(String reviewGroup, boolean legalRequired, int slaHours) {
}
