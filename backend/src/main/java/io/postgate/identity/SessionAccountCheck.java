package io.postgate.identity;

import io.postgate.identity.UserDirectory.SessionFacts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a signed-in session in step with the account: when an administrator disables the user or gives them a new
 * password, the session ends at its next API request (401); when their roles change, a password session carries the
 * new roles from its next request on (a single-sign-on session ends instead, and the next sign-in brings the roles).
 * Requests with HTTP Basic credentials are checked afresh anyway and pass through.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

	/** The session attribute holding the password's fingerprint at sign-in ({@link UserDirectory#credentialsFingerprint}). */
	static final String CREDENTIALS_ATTRIBUTE = SessionAccountCheck.class.getName() + ".credentials";
	static final String ENDED = "Your session has ended because an administrator changed your account. Sign in again.";

	private final UserDirectory directory;
	private final SecurityProblems problems;
	private final SecurityContextRepository contexts;

	SessionAccountCheck(UserDirectory directory, SecurityProblems problems, SecurityContextRepository contexts) {
		this.directory = directory;
		this.problems = problems;
		this.contexts = contexts;
	}

	/** Only API requests of a session; a login starts a new session anyway. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.equals("/api/auth/login") || SecurityConfiguration.carriesBasicCredentials(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SessionFacts> facts = directory.sessionFacts(authentication.getName());
		Object credentials = session.getAttribute(CREDENTIALS_ATTRIBUTE);
		if (facts.isEmpty() || !facts.get().enabled() || credentials != null && !credentials.equals(facts.get().credentialsFingerprint())) {
			end(session, request, response);
			return;
		}
		Set<String> current = facts.get().roles().stream().map(Role::authority).collect(Collectors.toSet());
		if (!current.equals(roleAuthorities(authentication))) {
			if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
				end(session, request, response);
				return;
			}
			refresh(authentication, current, request, response);
		}
		chain.doFilter(request, response);
	}

	private void end(HttpSession session, HttpServletRequest request, HttpServletResponse response) throws IOException {
		session.invalidate();
		SecurityContextHolder.clearContext();
		problems.write(request, response, HttpStatus.UNAUTHORIZED, "Session ended", ENDED);
	}

	private void refresh(Authentication authentication, Set<String> authorities, HttpServletRequest request, HttpServletResponse response) {
		List<SimpleGrantedAuthority> granted = authorities.stream().sorted().map(SimpleGrantedAuthority::new).toList();
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, granted);
		refreshed.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static Set<String> roleAuthorities(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(authority -> authority.startsWith("ROLE_"))
				.collect(Collectors.toSet());
	}
}
