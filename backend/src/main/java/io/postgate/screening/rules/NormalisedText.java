package io.postgate.screening.rules;

/**
 * Text after {@link TextNormaliser}, with an exact map back to the original: normalised character
 * {@code i} came from the original UTF-16 range {@code [originalStart(i), originalEnd(i))}.
 */
record NormalisedText(String original, String text, int[] starts, int[] ends) {

	int length() {
		return text.length();
	}

	char charAt(int index) {
		return text.charAt(index);
	}

	int originalStart(int index) {
		return starts[index];
	}

	int originalEnd(int index) {
		return ends[index];
	}

	/** The original span of the normalised span {@code [start, end)}; an empty span maps to an empty span. */
	Span toOriginal(int start, int end) {
		if (end <= start) {
			int at = start < starts.length ? starts[start] : original.length();
			return new Span(at, at);
		}
		return new Span(starts[start], ends[end - 1]);
	}

	record Span(int start, int end) {
	}
}
