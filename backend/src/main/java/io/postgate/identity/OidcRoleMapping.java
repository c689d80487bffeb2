package io.postgate.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the provider's roles/groups claim into Postgate roles, after the configured mapping. */
final class OidcRoleMapping {

	private final Map<String, Set<Role>> mapping;

	OidcRoleMapping(Map<String, Set<Role>> mapping) {
		this.mapping = mapping;
	}

	/** The roles the claim grants: a list of values, or one value; unknown values grant nothing. */
	Set<Role> rolesOf(Object claim) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : values(claim)) {
			if (mapping.isEmpty()) {
				Role.ofGroup(value).ifPresent(roles::add);
			}
			else {
				roles.addAll(mapping.getOrDefault(value, Set.of()));
			}
		}
		return roles;
	}

	private static List<String> values(Object claim) {
		if (claim instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value) {
			return List.of(value);
		}
		return List.of();
	}
}
