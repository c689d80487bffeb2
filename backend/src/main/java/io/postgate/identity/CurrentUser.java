package io.postgate.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The user of the current request, as the security layer authenticated them. */
@Component
public class CurrentUser {

	public String username() {
		return authentication().getName();
	}

	public Set<Role> roles() {
		Set<String> authorities = authentication().getAuthorities().stream()
				.map(authority -> authority.getAuthority())
				.collect(Collectors.toSet());
		return Arrays.stream(Role.values())
				.filter(role -> authorities.contains(role.authority()))
				.collect(Collectors.toSet());
	}

	public boolean hasRole(Role role) {
		return roles().contains(role);
	}

	private static Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new IllegalStateException("no authenticated user in this context");
		}
		return authentication;
	}
}
