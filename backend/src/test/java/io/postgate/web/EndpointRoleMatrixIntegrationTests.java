package io.postgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.postgate.PostgateApi;
import io.postgate.PostgateIntegrationTest;

/**
 * Who may call which endpoint, over real HTTP: every API endpoint against anonymous, editor1, reviewer1,
 * legal1, compliance1 and admin. A 2xx or a 409/400 means the caller got past every permission check
 * (the request was then refused for the object's state, not for who asked); 401, 403 and 404 are the
 * denials. 404 is what a caller gets for an object they may not even see (another editor's draft, a task
 * of another group).
 */
@PostgateIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleMatrixIntegrationTests {

	static final List<String> CALLERS = List.of("anonymous", "editor1", "reviewer1", "legal1", "compliance1", "admin");

	/**
	 * The expected matrix. Objects: {own} a DRAFT of editor1, {lead} a DRAFT of lead1 (another editor),
	 * {submitted} editor1's content in review, {fresh} a new DRAFT of editor1 per call, {task} the review
	 * task of {submitted}, {revision} its first revision and {platform} a platform (no screenshot was recorded for
	 * it: the proof rows show who gets past authorisation). Rows run top to bottom, so the claim row leaves the task
	 * claimed by reviewer1 for the unclaim row.
	 */
	static final String MATRIX = """
			| endpoint                                           | body      | anonymous | editor1 | reviewer1 | legal1 | compliance1 | admin |
			| POST /api/auth/login                               | login     | 200       | 200     | 200       | 200    | 200         | 200   |
			| POST /api/auth/logout                              | none      | 401       | 204     | 204       | 204    | 204         | 204   |
			| GET /api/auth/config                               | none      | 200       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/me                                        | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| POST /api/contents                                 | draft     | 401       | 201     | 403       | 403    | 403         | 403   |
			| POST /api/briefs                                   | brief     | 401       | 201     | 403       | 403    | 403         | 403   |
			| GET /api/contents                                  | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/contents/{own}                            | none      | 401       | 200     | 404       | 404    | 404         | 404   |
			| GET /api/contents/{lead}                           | none      | 401       | 404     | 404       | 404    | 404         | 404   |
			| GET /api/contents/{submitted}                      | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| PUT /api/contents/{lead}                           | draft     | 401       | 404     | 404       | 404    | 404         | 404   |
			| PUT /api/contents/{submitted}                      | draft     | 401       | 409     | 403       | 403    | 403         | 403   |
			| POST /api/contents/{submitted}/attachments         | multipart | 401       | 409     | 403       | 403    | 403         | 403   |
			| POST /api/contents/{lead}/attachments              | multipart | 401       | 404     | 404       | 404    | 404         | 404   |
			| POST /api/contents/{submitted}/submit              | none      | 401       | 409     | 403       | 403    | 403         | 403   |
			| POST /api/contents/{lead}/submit                   | none      | 401       | 404     | 404       | 404    | 404         | 404   |
			| POST /api/contents/{fresh}/withdraw                | none      | 401       | 200     | 404       | 404    | 404         | 404   |
			| POST /api/contents/{lead}/withdraw                 | none      | 401       | 404     | 404       | 404    | 404         | 404   |
			| POST /api/contents/{own}/reschedule                | schedule  | 401       | 200     | 404       | 404    | 404         | 404   |
			| GET /api/contents/{submitted}/evidence             | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| GET /api/contents/{submitted}/revisions/{revision}/deliveries/{platform}/proof | none | 401 | 404 | 404 | 404 | 404 | 404 |
			| GET /api/contents/{lead}/revisions/{revision}/deliveries/{platform}/proof | none | 401 | 404 | 404 | 404 | 404 | 404 |
			| GET /api/calendar                                  | calendar  | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/calendar/promotional-share                | calendar  | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/platforms                                 | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/rules                                     | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| POST /api/screenings                               | screening | 401       | 200     | 200       | 200    | 200         | 200   |
			| POST /api/screenings                               | multipart | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/tasks                                     | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| POST /api/tasks/{task}/complete                    | decision  | 401       | 404     | 409       | 404    | 404         | 404   |
			| POST /api/tasks/{task}/claim                       | none      | 401       | 404     | 200       | 404    | 404         | 404   |
			| POST /api/tasks/{task}/unclaim                     | none      | 401       | 404     | 200       | 404    | 404         | 200   |
			| GET /api/tasks/{task}/copy-pack                    | none      | 401       | 404     | 409       | 404    | 404         | 404   |
			| GET /api/tasks/{task}/copy-pack/media/{nobody}     | none      | 401       | 404     | 409       | 404    | 404         | 404   |
			| POST /api/tasks/{task}/publish-by-hand             | multipart | 401       | 404     | 409       | 404    | 404         | 404   |
			| POST /api/admin/contents/{submitted}/retry-publishing | none   | 401       | 403     | 403       | 403    | 403         | 409   |
			| GET /api/admin/process-definitions                 | none      | 401       | 403     | 403       | 403    | 403         | 200   |
			| POST /api/admin/erasure/{nobody}                   | none      | 401       | 403     | 403       | 403    | 403         | 200   |
			| GET /api/audit                                     | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| GET /api/audit/verify                              | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| GET /api/audit/export                              | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| GET /api/process-model                             | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/admin/users                               | none      | 401       | 403     | 403       | 403    | 403         | 200   |
			| POST /api/admin/users                              | none      | 401       | 403     | 403       | 403    | 403         | 400   |
			| PUT /api/admin/users/{nobody}                      | none      | 401       | 403     | 403       | 403    | 403         | 400   |
			| POST /api/admin/users/{nobody}/password            | none      | 401       | 403     | 403       | 403    | 403         | 400   |
			| GET /api/admin/channels                            | none      | 401       | 403     | 403       | 403    | 403         | 200   |
			| GET /api/admin/channels/{nobody}                   | none      | 401       | 403     | 403       | 403    | 403         | 404   |
			| POST /api/admin/channels                           | none      | 401       | 403     | 403       | 403    | 403         | 400   |
			| PUT /api/admin/channels/{nobody}                   | none      | 401       | 403     | 403       | 403    | 403         | 400   |
			| GET /api/admin/freeze                              | none      | 401       | 403     | 403       | 403    | 200         | 200   |
			| POST /api/admin/freeze                             | none      | 401       | 403     | 403       | 403    | 400         | 400   |
			| DELETE /api/admin/freeze                           | none      | 401       | 403     | 403       | 403    | 409         | 409   |
			| GET /api/notifications                             | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/notifications/stream                      | stream    | 401       | 200     | 200       | 200    | 200         | 200   |
			| POST /api/notifications/{nobody}/read              | none      | 401       | 400     | 400       | 400    | 400         | 400   |
			| POST /api/notifications/read-all                   | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| GET /api/me/notification-preferences               | none      | 401       | 200     | 200       | 200    | 200         | 200   |
			| PUT /api/me/notification-preferences               | prefs     | 401       | 200     | 200       | 200    | 200         | 200   |
			""";

	private static final String BOUNDARY = "matrix-boundary-7f3a";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();
	private final Map<String, String> objects = new LinkedHashMap<>();
	private PostgateApi api;
	private String anonymousCsrfToken;

	@BeforeAll
	void createTheObjectsTheEndpointsNeed() throws Exception {
		api = new PostgateApi(mvc, json);
		String campaign = PostgateApi.uniqueCampaign();
		objects.put("own", api.createDraft("editor1", PostgateApi.cleanDraft(campaign)).get("id").asText());
		objects.put("lead", api.createDraft("lead1", PostgateApi.cleanDraft(campaign)).get("id").asText());
		String submitted = api.submittedAndScreened("editor1", PostgateApi.cleanDraft(campaign));
		assertThat(api.content("editor1", submitted).get("status").asText()).isEqualTo("IN_REVIEW");
		objects.put("submitted", submitted);
		objects.put("task", api.reviewTask("reviewer1", submitted, campaign));
		objects.put("nobody", "nobody-in-the-matrix");
		objects.put("revision", "1");
		objects.put("platform", "weibo");
		anonymousCsrfToken = csrfTokenOfAFreshVisitor();
	}

	@Test
	void everyCallerGetsExactlyWhatTheMatrixSays() throws Exception {
		List<String> differences = new ArrayList<>();
		for (Row row : rows()) {
			for (int column = 0; column < CALLERS.size(); column++) {
				String caller = CALLERS.get(column);
				if (row.body().equals("stream")) {
					int status = streamStatus(row, caller);
					if (status != row.expected().get(column)) {
						differences.add("%s as %s: expected %d, got %d".formatted(row.endpoint(), caller, row.expected().get(column), status));
					}
					continue;
				}
				HttpResponse<String> response = call(row, caller);
				if (response.statusCode() != row.expected().get(column)) {
					differences.add("%s [%s] as %s: expected %d, got %d %s".formatted(row.endpoint(), row.body(), caller,
							row.expected().get(column), response.statusCode(), abbreviate(response.body())));
				}
			}
		}
		assertThat(differences).as("cells of the endpoint × role matrix that differ").isEmpty();
	}

	@Test
	void deniedCallsAnswerWithProblemJsonNamingTheRule() throws Exception {
		Row evidence = rows().stream().filter(row -> row.endpoint().endsWith("/evidence")).findFirst().orElseThrow();
		HttpResponse<String> response = call(evidence, "editor1");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).get("detail").asText()).contains("only compliance officers and admins");
	}

	@Test
	void theMatrixHasARowForEveryApiEndpoint() {
		Set<String> mapped = new TreeSet<>();
		handlerMapping.getHandlerMethods().keySet().forEach(info -> endpoints(info).filter(endpoint -> endpoint.contains(" /api/"))
				.forEach(mapped::add));
		Set<String> inMatrix = rows().stream().map(row -> row.endpoint().replaceAll("\\{[a-z]+}", "{}")).collect(Collectors.toCollection(TreeSet::new));
		Set<String> mappedNormalised = mapped.stream().map(endpoint -> endpoint.replaceAll("\\{[^}]+}", "{}")).collect(Collectors.toCollection(TreeSet::new));

		assertThat(mappedNormalised).as("API endpoints without a row in the matrix").isSubsetOf(inMatrix);
		assertThat(inMatrix).as("matrix rows for endpoints that no longer exist").isSubsetOf(mappedNormalised);
	}

	static Stream<String> endpoints(RequestMappingInfo info) {
		Set<String> patterns = info.getPatternValues();
		Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
		if (methods.isEmpty()) {
			methods = Set.of("ANY");
		}
		Set<String> methodNames = methods;
		return patterns.stream().flatMap(pattern -> methodNames.stream().map(method -> method + " " + pattern));
	}

	private List<Row> rows() {
		return MATRIX.lines()
				.skip(1)
				.map(line -> line.substring(1, line.length() - 1).split("\\|"))
				.map(cells -> new Row(cells[0].strip(), cells[1].strip(),
						Stream.of(cells).skip(2).map(String::strip).map(Integer::valueOf).toList()))
				.toList();
	}

	private HttpResponse<String> call(Row row, String caller) throws Exception {
		return http.send(request(row, caller), BodyHandlers.ofString());
	}

	/** An event stream never ends: read the status from the headers, then hang up. */
	private int streamStatus(Row row, String caller) throws Exception {
		HttpResponse<InputStream> response = http.send(request(row, caller), BodyHandlers.ofInputStream());
		response.body().close();
		return response.statusCode();
	}

	private HttpRequest request(Row row, String caller) throws Exception {
		String[] methodAndPath = row.endpoint().split(" ", 2);
		String path = resolve(methodAndPath[1]) + query(row.body());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		byte[] body = body(row.body());
		String contentType = row.body().equals("multipart") ? "multipart/form-data; boundary=" + BOUNDARY : "application/json";
		request.method(methodAndPath[0], body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (caller.equals("anonymous")) {
			request.header("Cookie", "XSRF-TOKEN=" + anonymousCsrfToken).header("X-XSRF-TOKEN", anonymousCsrfToken);
		}
		else {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((caller + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return request.build();
	}

	private String resolve(String template) throws Exception {
		String path = template;
		if (path.contains("{fresh}")) {
			path = path.replace("{fresh}", api.createDraft("editor1", PostgateApi.cleanDraft(PostgateApi.uniqueCampaign())).get("id").asText());
		}
		for (Map.Entry<String, String> object : objects.entrySet()) {
			path = path.replace("{" + object.getKey() + "}", object.getValue());
		}
		return path;
	}

	private static String query(String body) {
		if (body.equals("calendar")) {
			Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			return "?from=" + from + "&to=" + from.plus(30, ChronoUnit.DAYS);
		}
		return "";
	}

	private byte[] body(String kind) throws Exception {
		Object value = switch (kind) {
			case "none", "calendar", "stream" -> null;
			case "prefs" -> Map.of("delivery", "IN_APP");
			case "login" -> Map.of("username", "editor1", "password", "demo");
			case "draft" -> PostgateApi.cleanDraft(PostgateApi.uniqueCampaign());
			case "brief" -> Map.of("theme", "Spring planning", "contentType", "ARTICLE", "platforms", List.of("linkedin"),
					"targetPublishAt", Instant.now().plus(20, ChronoUnit.DAYS).toString(), "owner", "editor1");
			case "schedule" -> Map.of("scheduledAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
			case "screening" -> Map.of("title", "Matrix", "text", "A short and friendly note about our weekly plans.");
			case "decision" -> Map.of("outcome", "APPROVE", "comment", "fine");
			case "multipart" -> null;
			default -> throw new IllegalArgumentException("unknown body kind " + kind);
		};
		if (kind.equals("multipart")) {
			return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
					+ "Content-Type: text/plain\r\n\r\nA short and friendly note about our weekly plans.\r\n--" + BOUNDARY + "--\r\n")
					.getBytes(StandardCharsets.UTF_8);
		}
		return value == null ? null : json.writeValueAsBytes(value);
	}

	private String csrfTokenOfAFreshVisitor() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(),
				BodyHandlers.ofString());
		return response.headers().allValues("Set-Cookie").stream()
				.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
				.map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
				.findFirst()
				.orElseThrow();
	}

	private static String abbreviate(String body) {
		return body.length() > 160 ? body.substring(0, 160) + "…" : body;
	}

	record Row(String endpoint, String body, List<Integer> expected) {
	}
}
