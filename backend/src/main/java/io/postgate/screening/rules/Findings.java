package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/** Builds findings with offsets and excerpts in the original text, and removes redundant ones. */
final class Findings {

	/** By position, a longer finding before one it may contain. */
	private static final Comparator<Finding> OUTERMOST_FIRST = Comparator.comparingInt(Finding::start)
		.thenComparing(Comparator.comparingInt(Finding::end).reversed())
		.thenComparing(f -> f.category().ordinal());

	private Findings() {
	}

	static Finding at(NormalisedText text, int start, int end, FindingCategory category, String ruleId,
			Severity severity, String message, String suggestion, String legalReference) {
		NormalisedText.Span span = text.toOriginal(start, end);
		return original(text.original(), span.start(), span.end(), category, ruleId, severity, message, suggestion,
				legalReference);
	}

	static Finding original(String original, int start, int end, FindingCategory category, String ruleId,
			Severity severity, String message, String suggestion, String legalReference) {
		return new Finding(category, ruleId, severity, start, end, original.substring(start, end), message,
				suggestion == null ? List.of() : List.of(suggestion), legalReference);
	}

	/** Overlapping findings of one category ("全网最" and "最好") become one finding over their union. */
	private static List<Finding> merged(String original, List<Finding> sorted) {
		List<Finding> result = new ArrayList<>(sorted.size());
		for (Finding finding : sorted) {
			int last = result.size() - 1;
			Finding previous = null;
			for (int i = last; i >= 0; i--) {
				Finding candidate = result.get(i);
				if (candidate.category() == finding.category()
						&& finding.start() < candidate.end() && candidate.end() < finding.end()) {
					previous = candidate;
					result.set(i, new Finding(candidate.category(), candidate.ruleId(), candidate.severity(),
							candidate.start(), finding.end(), original.substring(candidate.start(), finding.end()), candidate.message(), candidate.suggestions(),
							candidate.legalReference()));
					break;
				}
			}
			if (previous == null) {
				result.add(finding);
			}
		}
		return result;
	}

	/**
	 * Sorted by position; a finding whose span lies inside another finding of the same category is
	 * dropped ("他妈的" already covers "妈的"), and exact duplicates are dropped.
	 */
	static List<Finding> withoutRedundant(String original, List<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(OUTERMOST_FIRST);
		// merging can grow a later finding past one that comes before it: sort again so containers come first
		List<Finding> candidates = merged(original, sorted);
		candidates.sort(OUTERMOST_FIRST);
		List<Finding> kept = new ArrayList<>(sorted.size());
		for (Finding finding : candidates) {
			boolean inside = false;
			for (Finding other : kept) {
				if (other.category() == finding.category() && other.start() <= finding.start()
						&& finding.end() <= other.end() && (finding.end() > finding.start() || other.ruleId().equals(finding.ruleId()))) {
					inside = true;
					break;
				}
			}
			if (!inside && finding.category() == FindingCategory.ABSOLUTE_CLAIM) {
				// "capital is guaranteed" is a financial promise; reporting the same words as an
				// absolute claim too would only repeat it.
				inside = sorted.stream()
					.anyMatch(other -> other.category() == FindingCategory.FINANCIAL_PROMISE
							&& other.start() <= finding.start() && finding.end() <= other.end());
			}
			if (!inside) {
				kept.add(finding);
			}
		}
		return kept;
	}
}
