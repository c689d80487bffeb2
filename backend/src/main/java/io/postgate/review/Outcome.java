package io.postgate.review;

public enum Outcome {
	APPROVE, REQUEST_CHANGES, REJECT;

	public boolean needsComment() {
		return this != APPROVE;
	}
}
