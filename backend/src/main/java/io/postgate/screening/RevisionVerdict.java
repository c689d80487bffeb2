package io.postgate.screening;

import java.util.Set;

/** The part of a stored revision report the process routes on. */
public record RevisionVerdict(boolean blocking, Set<FindingCategory> categories, int findings) {

	public RevisionVerdict {
		categories = Set.copyOf(categories);
	}

	public boolean has(FindingCategory category) {
		return categories.contains(category);
	}
}
