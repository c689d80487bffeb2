package io.postgate.workflow;

import io.postgate.content.Platform;
import io.postgate.review.Disposition;
import io.postgate.review.Outcome;
import io.postgate.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api")
class TaskController {

	private final TaskInbox inbox;
	private final ApprovalProcess process;

	TaskController(TaskInbox inbox, ApprovalProcess process) {
		this.inbox = inbox;
		this.process = process;
	}

	@GetMapping("/tasks")
	List<TaskView> tasks(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String platform,
			@RequestParam(required = false) Boolean crisis, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @Size(max = 100) String campaign, @RequestParam(required = false) String candidateGroup,
			@RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		if (!sort.equals("due") && !sort.equals("priority")) {
			throw ApiProblem.badRequest("sort: must be 'due' or 'priority'");
		}
		return inbox.list(new TaskInbox.TaskFilter(mine, platform(platform), crisis, overdue, campaign, candidateGroup, sort.equals("priority"), page, size));
	}

	@PostMapping("/tasks/{id}/claim")
	TaskView claim(@PathVariable String id) {
		return inbox.claim(id);
	}

	@PostMapping("/tasks/{id}/unclaim")
	TaskView unclaim(@PathVariable String id) {
		return inbox.unclaim(id);
	}

	@PostMapping("/tasks/{id}/complete")
	ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody CompleteRequest request) {
		inbox.complete(id, outcome(request.outcome()), request.comment(), request.dispositions() == null ? List.of() : request.dispositions());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/admin/contents/{id}/retry-publishing")
	RetryResult retryPublishing(@PathVariable String id) {
		return new RetryResult(process.retryPublishing(id));
	}

	private static String platform(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return Platform.ofId(id).map(Platform::id).orElseThrow(() -> ApiProblem.badRequest("platform: unknown platform '" + id + "'"));
	}

	private static Outcome outcome(String name) {
		try {
			return Outcome.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badRequest("outcome: must be one of APPROVE, REQUEST_CHANGES, REJECT");
		}
	}

	record CompleteRequest(@NotNull String outcome, @Size(max = 4000) String comment, @Valid List<Disposition> dispositions) {
	}

	record RetryResult(int jobsRetried) {
	}
}
