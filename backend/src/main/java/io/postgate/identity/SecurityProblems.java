package io.postgate.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/** Answers the security layer's refusals as RFC 7807 problem+json, like every other Postgate error. */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper objectMapper;
	private final boolean basicOffered;

	SecurityProblems(ObjectMapper objectMapper, IdentityProperties properties) {
		this.objectMapper = objectMapper;
		this.basicOffered = properties.localLoginEnabled();
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
		if (basicOffered && !wantsJson(request)) {
			// API clients learn that HTTP Basic is accepted; the SPA (which asks for JSON) gets no browser prompt.
			response.setHeader("WWW-Authenticate", "Basic realm=\"Postgate\"");
		}
		write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", "Log in to use Postgate.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) throws IOException {
		if (exception instanceof CsrfException) {
			write(request, response, HttpStatus.FORBIDDEN, "CSRF token missing or invalid",
					"The request did not carry a valid CSRF token. Reload the page and try again.");
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action.");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"));
	}
}
