package io.postgate.identity;

import io.postgate.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Session login for the React app, how to sign in (password, provider), logout, and who the caller is. */
@RestController
@RequestMapping("/api")
class AuthController {

	private final AuthenticationManager authenticationManager;
	private final SecurityContextRepository contextRepository;
	private final CsrfAuthenticationStrategy csrfRotation;
	private final LoginThrottle throttle;
	private final UserDirectory directory;
	private final CurrentUser currentUser;
	private final IdentityProperties properties;
	private final Optional<OidcSignIn> sso;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
			CsrfTokenRepository csrfTokens, LoginThrottle throttle, UserDirectory directory,
			CurrentUser currentUser, IdentityProperties properties, Optional<OidcSignIn> sso) {
		this.authenticationManager = authenticationManager;
		this.contextRepository = contextRepository;
		this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
		this.throttle = throttle;
		this.directory = directory;
		this.currentUser = currentUser;
		this.properties = properties;
		this.sso = sso;
	}

	/** How the login page offers sign-in: the password form, the provider's button, or both. */
	@GetMapping("/auth/config")
	AuthConfig config() {
		return new AuthConfig(properties.localLoginEnabled(), sso.map(signIn -> new Sso(signIn.providerName(), OidcSignIn.LOGIN_URL)).orElse(null));
	}

	@PostMapping("/auth/login")
	Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
		if (!properties.localLoginEnabled()) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "Password sign-in is turned off",
					"Password sign-in is turned off. Sign in with " + sso.map(OidcSignIn::providerName).orElse("single sign-on") + ".");
		}
		if (throttle.isLocked(login.username(), request.getRemoteAddr())) {
			throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", LoginThrottle.LOCKED_MESSAGE);
		}
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password());
		token.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		Authentication authentication;
		try {
			authentication = authenticationManager.authenticate(token);
		}
		catch (AuthenticationException e) {
			throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Login failed", "Wrong username or password.");
		}
		HttpSession existing = request.getSession(false);
		if (existing != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		request.getSession().setAttribute(SessionAccountCheck.CREDENTIALS_ATTRIBUTE,
				directory.sessionFacts(authentication.getName()).orElseThrow().credentialsFingerprint());
		csrfRotation.onAuthentication(authentication, request, response);
		// Issue the rotated token in this response so the app can go on without another round trip.
		((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
		return me(authentication.getName());
	}

	/**
	 * Ends the session. For a user who signed in through a provider that supports RP-initiated logout, the answer
	 * (200 instead of 204) names the provider's logout page, where the app sends the browser next.
	 */
	@PostMapping("/auth/logout")
	ResponseEntity<LoggedOut> logout(HttpServletRequest request) {
		Optional<String> providerLogout = sso.flatMap(signIn -> signIn.providerLogoutUrl(SecurityContextHolder.getContext().getAuthentication(), request));
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return providerLogout.map(url -> ResponseEntity.ok(new LoggedOut(url))).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/me")
	Me me() {
		return me(currentUser.username());
	}

	private Me me(String username) {
		UserAccount account = directory.find(username).orElseThrow();
		List<Role> roles = account.roles().stream().sorted(Comparator.naturalOrder()).toList();
		return new Me(account.username(), account.displayName(), roles, account.locale());
	}

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
	}

	record AuthConfig(boolean localLogin, Sso sso) {
	}

	record Sso(String name, String loginUrl) {
	}

	record LoggedOut(String redirectTo) {
	}

	record Me(String username, String displayName, List<Role> roles, String locale) {
	}
}
