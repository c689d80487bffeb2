package io.postgate.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/**
 * Sign-in through the OpenID Connect provider (authorization code flow): the user is created or updated in the
 * directory with the roles their claim maps to, and gets a normal Postgate session. A user whose claim maps to
 * no role, or whose username belongs to someone else, gets no session and lands on the login page with a reason.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String REGISTRATION_ID = "postgate";
	static final String LOGIN_URL = "/oauth2/authorization/" + REGISTRATION_ID;

	/** Reasons the login page explains; anything else from the provider is shown as a general failure. */
	static final Set<String> EXPLAINED_ERRORS = Set.of("no_role", "account_conflict", "invalid_username", "disabled");

	private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

	private final OidcUserService provider = new OidcUserService();
	private final IdentityProperties.Oidc settings;
	private final OidcRoleMapping roleMapping;
	private final UserDirectory directory;
	private final ClientRegistrationRepository registrations;

	OidcSignIn(IdentityProperties.Oidc settings, UserDirectory directory, ClientRegistrationRepository registrations) {
		this.settings = settings;
		this.roleMapping = new OidcRoleMapping(settings.roleMapping());
		this.directory = directory;
		this.registrations = registrations;
	}

	String providerName() {
		return settings.providerName();
	}

	void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
		SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler("/");
		success.setAlwaysUseDefaultTargetUrl(true);
		login.clientRegistrationRepository(registrations)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this))
				.successHandler(success)
				.failureHandler((request, response, exception) -> {
					String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
					log.info("OIDC sign-in refused: {}", exception.getMessage());
					new SimpleUrlAuthenticationFailureHandler("/login?error=" + (EXPLAINED_ERRORS.contains(code) ? code : "sso_failed"))
							.onAuthenticationFailure(request, response, exception);
				});
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String username = user.getAttribute(settings.usernameClaim()) instanceof String value ? value : null;
		if (username == null || !username.matches(UserDirectory.USERNAME_PATTERN)) {
			throw refusal("invalid_username", "claim " + settings.usernameClaim() + " is missing or not a valid username: " + username);
		}
		Set<Role> roles = roleMapping.rolesOf(user.getAttribute(settings.rolesClaim()));
		UserDirectory.ExternalIdentity identity = new UserDirectory.ExternalIdentity(user.getIssuer().toString(), user.getSubject(),
				username, displayName(user, username), locale(user));
		Optional<UserAccount> account;
		try {
			account = directory.signInExternal(identity, roles);
		}
		catch (UserDirectory.UsernameTaken e) {
			throw refusal("account_conflict", e.getMessage());
		}
		if (account.isEmpty() || account.get().roles().isEmpty()) {
			throw refusal("no_role", username + "'s claim " + settings.rolesClaim() + " maps to no Postgate role");
		}
		if (!account.get().enabled()) {
			throw refusal("disabled", username + " is disabled in Postgate");
		}
		return new DefaultOidcUser(account.get().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
				user.getIdToken(), user.getUserInfo(), settings.usernameClaim());
	}

	/**
	 * Where the browser goes to end the session at the provider too (RP-initiated logout), if the user signed in
	 * through it and it advertises an end_session_endpoint.
	 */
	Optional<String> providerLogoutUrl(Authentication authentication, HttpServletRequest request) {
		if (!(authentication instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)) {
			return Optional.empty();
		}
		ClientRegistration registration = registrations.findByRegistrationId(token.getAuthorizedClientRegistrationId());
		Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		if (endSession == null) {
			return Optional.empty();
		}
		String afterLogout = ServletUriComponentsBuilder.fromContextPath(request).path("/login").build().toUriString();
		return Optional.of(UriComponentsBuilder.fromUriString(endSession.toString())
				.queryParam("id_token_hint", user.getIdToken().getTokenValue())
				.queryParam("post_logout_redirect_uri", afterLogout)
				.queryParam("client_id", registration.getClientId())
				.encode().build().toUriString());
	}

	private static String displayName(OidcUser user, String username) {
		String name = user.getFullName();
		return name == null || name.isBlank() ? username : name.strip();
	}

	private static String locale(OidcUser user) {
		String locale = user.getLocale();
		return locale != null && locale.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
	}

	private static OAuth2AuthenticationException refusal(String code, String reason) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null), reason);
	}
}
