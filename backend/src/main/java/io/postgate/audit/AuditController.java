package io.postgate.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.web.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Search, verification and export of the audit trail; compliance officers and admins only (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditTrail trail;
	private final ObjectMapper json;

	AuditController(AuditTrail trail, ObjectMapper json) {
		this.trail = trail;
		this.json = json;
	}

	@GetMapping
	AuditPage search(@RequestParam(required = false) @Size(max = 64) String contentId,
			@RequestParam(required = false) @Size(max = 200) String actor,
			@RequestParam(required = false) @Size(max = 100) String eventType,
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be a platform name") String platform,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return trail.search(query(contentId, actor, eventType, platform, from, to), page, size);
	}

	@GetMapping("/verify")
	VerificationReport verify() {
		return trail.verify();
	}

	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) @Size(max = 64) String contentId,
			@RequestParam(required = false) @Size(max = 200) String actor,
			@RequestParam(required = false) @Size(max = 100) String eventType,
			@RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be a platform name") String platform,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			HttpServletResponse response) throws IOException {
		AuditQuery query = query(contentId, actor, eventType, platform, from, to);
		switch (format) {
			case "csv" -> {
				start(response, "text/csv;charset=UTF-8", "csv");
				writeCsv(query, response.getOutputStream());
			}
			case "json" -> {
				start(response, MediaType.APPLICATION_JSON_VALUE, "json");
				writeJson(query, response.getOutputStream());
			}
			default -> throw ApiProblem.badRequest("format: must be csv or json");
		}
	}

	private static AuditQuery query(String contentId, String actor, String eventType, String platform, Instant from, Instant to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw ApiProblem.badRequest("from: must not be after to");
		}
		return new AuditQuery(blankToNull(contentId), blankToNull(actor), blankToNull(eventType), blankToNull(platform), from, to);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static void start(HttpServletResponse response, String contentType, String extension) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postgate-audit." + extension + "\"");
	}

	private void writeJson(AuditQuery query, OutputStream out) throws IOException {
		try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
			generator.writeStartArray();
			trail.export(query, entry -> {
				try {
					json.writeValue(generator, entry);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			generator.writeEndArray();
		}
	}

	private void writeCsv(AuditQuery query, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		AuditCsv.header(writer);
		trail.export(query, entry -> {
			try {
				AuditCsv.row(writer, entry);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		writer.flush();
	}
}
