package io.postgate.screening.language;

import java.time.Duration;

/** The end of one check's time budget, shared by every paragraph and thread working on it. */
final class Deadline {

	private final Duration budget;
	private final long endNanos;

	private Deadline(Duration budget) {
		this.budget = budget;
		this.endNanos = System.nanoTime() + budget.toNanos();
	}

	static Deadline after(Duration budget) {
		return new Deadline(budget);
	}

	boolean expired() {
		return System.nanoTime() - endNanos >= 0;
	}

	long remainingNanos() {
		return Math.max(0, endNanos - System.nanoTime());
	}

	/** Throws when the budget is used up. */
	void check() {
		if (expired()) {
			throw new LanguageCheckTimeoutException(budget);
		}
	}

	LanguageCheckTimeoutException timeout() {
		return new LanguageCheckTimeoutException(budget);
	}
}
