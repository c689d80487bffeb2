package io.postgate.screening;

import io.postgate.screening.language.LanguageCheckTimeoutException;
import io.postgate.screening.language.TextTooLongException;
import io.postgate.screening.language.UnsupportedLanguageException;
import io.postgate.web.ApiProblem;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Ad-hoc screening, no workflow: what the composer calls while an editor types. Nothing is stored. */
@RestController
@RequestMapping("/api/screenings")
class ScreeningController {

	private final Screening screening;

	ScreeningController(Screening screening) {
		this.screening = screening;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ScreeningReport screen(@Valid @RequestBody ScreeningRequest request) {
		return screening.screen(request);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ScreeningReport screenFile(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String language,
			@RequestParam(required = false) String platform, @RequestParam(defaultValue = "false") boolean sponsored,
			@RequestParam(defaultValue = "false") boolean crisis) throws IOException {
		if (file.isEmpty()) {
			throw ApiProblem.badRequest("file: the upload is empty");
		}
		return screening.screenFile(file.getBytes(), file.getOriginalFilename(), language, platform, sponsored, crisis);
	}

	@ExceptionHandler(TextTooLongException.class)
	ProblemDetail tooLong(TextTooLongException e) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Text too long",
				"text: " + e.length() + " characters is more than the " + e.maxLength() + " screening accepts");
	}

	@ExceptionHandler(UnsupportedLanguageException.class)
	ProblemDetail unsupportedLanguage(UnsupportedLanguageException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", "language: " + e.getMessage());
	}

	@ExceptionHandler(LanguageCheckTimeoutException.class)
	ProblemDetail timeout(LanguageCheckTimeoutException e) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Screening took too long",
				"The language check did not finish within its time budget. Try again, or split the text.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		return new ApiProblem(status, title, detail).getBody();
	}
}
