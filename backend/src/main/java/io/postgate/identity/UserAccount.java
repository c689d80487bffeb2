package io.postgate.identity;

import java.util.Set;

/** What other modules may know about a user: never the password hash. */
public record UserAccount(String username, String displayName, String locale, boolean enabled, Set<Role> roles) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
