package io.postgate.screening;

/**
 * What a screening finding is about. Blocking categories stop a draft before human review;
 * legal categories send it to legal sign-off (see docs/architecture.md, "Screening").
 */
public enum FindingCategory {
	ABSOLUTE_CLAIM(true, false),
	HEALTH_CLAIM(true, true),
	FINANCIAL_PROMISE(true, true),
	MISSING_DISCLOSURE(true, false),
	PII(true, false),
	PROFANITY(true, false),
	PLATFORM_LIMIT(true, false),
	SENSITIVE_TOPIC(false, true),
	BRAND_TERM(false, false),
	LINK(false, false),
	GRAMMAR(false, false),
	SPELLING(false, false),
	/** Extraction failed or was cut short: a person must look at the original before it can pass. */
	EXTRACTION(true, false);

	private final boolean blocking;
	private final boolean legalRequired;

	FindingCategory(boolean blocking, boolean legalRequired) {
		this.blocking = blocking;
		this.legalRequired = legalRequired;
	}

	public boolean blocking() {
		return blocking;
	}

	public boolean legalRequired() {
		return legalRequired;
	}
}
