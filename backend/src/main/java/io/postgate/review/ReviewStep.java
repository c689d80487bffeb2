package io.postgate.review;

public enum ReviewStep {
	EDITORIAL_REVIEW, LEGAL_SIGNOFF
}
