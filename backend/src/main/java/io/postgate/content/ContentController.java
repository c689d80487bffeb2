package io.postgate.content;

import io.postgate.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api")
class ContentController {

	private final Contents contents;
	private final List<SubmitAdvisor> advisors;
	private final Clock clock;

	ContentController(Contents contents, List<SubmitAdvisor> advisors, Clock clock) {
		this.contents = contents;
		this.advisors = advisors;
		this.clock = clock;
	}

	@PostMapping("/contents")
	@ResponseStatus(HttpStatus.CREATED)
	ContentView create(@Valid @RequestBody DraftRequest request) {
		return contents.createDraft(request);
	}

	@PostMapping("/briefs")
	@ResponseStatus(HttpStatus.CREATED)
	ContentView brief(@Valid @RequestBody BriefRequest request) {
		return contents.createBrief(request);
	}

	@PutMapping("/contents/{id}")
	ContentView revise(@PathVariable String id, @Valid @RequestBody DraftRequest request) {
		return contents.revise(id, request);
	}

	@PostMapping(path = "/contents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ContentView attach(@PathVariable String id, @RequestPart("file") MultipartFile file) throws IOException {
		return contents.addAttachment(id, file.getBytes(), file.getOriginalFilename());
	}

	@PostMapping("/contents/{id}/submit")
	SubmittedContent submit(@PathVariable String id) {
		ContentView submitted = contents.submit(id);
		Revision revision = submitted.current();
		var submission = new SubmitAdvisor.Submission(id, submitted.platforms(), revision.sponsored(),
				submitted.scheduledAt() == null ? clock.instant() : submitted.scheduledAt());
		return new SubmittedContent(submitted, advisors.stream().flatMap(advisor -> advisor.adviseOn(submission).stream()).toList());
	}

	@PostMapping("/contents/{id}/withdraw")
	ContentView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) WithdrawRequest request) {
		return contents.withdraw(id, request == null ? null : request.reason());
	}

	@PostMapping("/contents/{id}/reschedule")
	ContentView reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request) {
		return contents.reschedule(id, request.scheduledAt());
	}

	@GetMapping("/contents")
	Page<ContentSummary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String author,
			@RequestParam(required = false) String platform, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return contents.list(status(status), author, platform, page, size);
	}

	@GetMapping("/calendar")
	List<ContentSummary> calendar(@RequestParam Instant from, @RequestParam Instant to, @RequestParam(required = false) String platform) {
		if (!from.isBefore(to) || from.plusSeconds(400L * 24 * 3600).isBefore(to)) {
			throw ApiProblem.badRequest("to: must be after from and at most 400 days later");
		}
		return contents.scheduledBetween(from, to, platform);
	}

	private static ContentStatus status(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return ContentStatus.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badRequest("status: unknown status '" + name + "'; known: " + List.of(ContentStatus.values()));
		}
	}

	record WithdrawRequest(@Size(max = 2000) String reason) {
	}

	record RescheduleRequest(@NotNull Instant scheduledAt) {
	}
}
