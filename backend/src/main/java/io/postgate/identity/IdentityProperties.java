package io.postgate.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * @param demoUsers seed the demo users of README.md (password "demo") at start-up
 * @param allowDemoUsersOnExternalDatabase demo users on a database other than the embedded one are refused unless this is set
 * @param localLoginEnabled password login (the app's login form and HTTP Basic); may be off only when OIDC is on
 * @param initialAdmin the administrator created at start-up when there is no enabled one (and a password is given)
 */
@ConfigurationProperties("postgate.identity")
record IdentityProperties(
		@DefaultValue("false") boolean demoUsers,
		@DefaultValue("false") boolean allowDemoUsersOnExternalDatabase,
		@DefaultValue("true") boolean localLoginEnabled,
		@DefaultValue LoginThrottle loginThrottle,
		@DefaultValue InitialAdmin initialAdmin,
		@DefaultValue Oidc oidc) {

	IdentityProperties {
		if (!localLoginEnabled && !oidc.enabled()) {
			throw new IllegalArgumentException("postgate.identity.local-login-enabled=false needs postgate.identity.oidc.enabled=true: "
					+ "nobody could sign in");
		}
	}

	record InitialAdmin(@DefaultValue("admin") String username, String password) {
	}

	record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
			@DefaultValue("5m") Duration lockDuration) {
	}

	/**
	 * Single sign-on with an OpenID Connect provider.
	 *
	 * @param providerName shown on the login page's "Sign in with ..." button
	 * @param usernameClaim the claim that becomes the Postgate username (it must follow {@link UserDirectory#USERNAME_PATTERN})
	 * @param rolesClaim the claim (a list of strings, or one string) that carries the user's groups or roles
	 * @param roleMapping claim value to Postgate roles; when empty, the values that equal a role's group id
	 *        ({@code editors}, {@code reviewers}, {@code legal}, {@code compliance}, {@code admins}) map to that role
	 */
	record Oidc(
			@DefaultValue("false") boolean enabled,
			String issuerUri,
			String clientId,
			String clientSecret,
			@DefaultValue("Single sign-on") String providerName,
			@DefaultValue({"openid", "profile", "email"}) List<String> scopes,
			@DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("groups") String rolesClaim,
			Map<String, Set<Role>> roleMapping) {

		Oidc {
			roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
			if (enabled && (blank(issuerUri) || blank(clientId))) {
				throw new IllegalArgumentException("postgate.identity.oidc.enabled=true needs issuer-uri and client-id");
			}
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}
	}
}
