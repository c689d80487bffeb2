package io.postgate.screening;

import java.util.Set;

/** What review routing decides from: the content's flags and the categories screening found. */
public record RoutingFacts(boolean sponsored, boolean crisis, Set<FindingCategory> categories) {

	public RoutingFacts {
		categories = Set.copyOf(categories);
	}

	public boolean has(FindingCategory category) {
		return categories.contains(category);
	}
}
