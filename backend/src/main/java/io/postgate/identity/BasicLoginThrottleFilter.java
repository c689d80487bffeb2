package io.postgate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Applies the login throttle to HTTP Basic requests before their password is checked. */
final class BasicLoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;
	private final SecurityProblems problems;
	private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();

	BasicLoginThrottleFilter(LoginThrottle throttle, SecurityProblems problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityConfiguration.carriesBasicCredentials(request)) {
			UsernamePasswordAuthenticationToken credentials = converter.convert(request);
			if (credentials != null && throttle.isLocked(credentials.getName(), request.getRemoteAddr())) {
				problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins", LoginThrottle.LOCKED_MESSAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
