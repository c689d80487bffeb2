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

/** Session login for the React app, logout, and who the caller is. */
@RestController
@RequestMapping("/api")
class AuthController {

	private final AuthenticationManager authenticationManager;
	private final SecurityContextRepository contextRepository;
	private final CsrfAuthenticationStrategy csrfRotation;
	private final LoginThrottle throttle;
	private final UserDirectory directory;
	private final CurrentUser currentUser;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
			CsrfTokenRepository csrfTokens, LoginThrottle throttle, UserDirectory directory,
			CurrentUser currentUser) {
		this.authenticationManager = authenticationManager;
		this.contextRepository = contextRepository;
		this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
		this.throttle = throttle;
		this.directory = directory;
		this.currentUser = currentUser;
	}

	@PostMapping("/auth/login")
	Me login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
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
		csrfRotation.onAuthentication(authentication, request, response);
		// Issue the rotated token in this response so the app can go on without another round trip.
		((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
		return me(authentication.getName());
	}

	@PostMapping("/auth/logout")
	ResponseEntity<Void> logout(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
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

	record Me(String username, String displayName, List<Role> roles, String locale) {
	}
}
