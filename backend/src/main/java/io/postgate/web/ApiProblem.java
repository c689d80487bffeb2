package io.postgate.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal any module can throw and the API answers as problem+json: {@code ApiProblem.forbidden(
 * "authors cannot approve their own content")}.
 */
public class ApiProblem extends ErrorResponseException {

	public ApiProblem(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	public static ApiProblem badRequest(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
	}

	public static ApiProblem forbidden(String rule) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", rule);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail);
	}

	public static ApiProblem tooLarge(String detail) {
		return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", detail);
	}

	public ApiProblem with(String property, Object value) {
		getBody().setProperty(property, value);
		return this;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
