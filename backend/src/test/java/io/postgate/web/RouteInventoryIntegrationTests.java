package io.postgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.postgate.PostgateIntegrationTest;

/**
 * Everything the running server answers on, compared with route-allow-list.txt: a new controller, servlet,
 * static resource location or actuator endpoint fails this test until someone adds it to the list on
 * purpose. Includes the servlets registered in Tomcat, which MockMvc never sees (a Camunda REST servlet
 * would appear there).
 */
@PostgateIntegrationTest
class RouteInventoryIntegrationTests {

	private static final String ALLOW_LIST = "/route-allow-list.txt";
	private static final String SECURITY_POLICY_FRAGMENT = "frame-ancestors 'none'";

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theServerServesOnlyTheRoutesOnTheAllowList() throws IOException {
		Set<String> served = servedRoutes();
		Set<String> allowed = allowList();

		assertThat(served).as("routes served but not on %s (add them there only on purpose)", ALLOW_LIST).isSubsetOf(allowed);
		assertThat(allowed).as("routes on %s that the server no longer serves (remove them)", ALLOW_LIST).isSubsetOf(served);
	}

	@Test
	void camundaRestApiAndWebappsAnswer404EvenForAnAdminOverHttp() throws Exception {
		for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/deployment/create",
				"/camunda/app/welcome/default/", "/camunda/app/cockpit/default/", "/camunda/api/admin/auth/user/default",
				"/camunda/api/engine/engine/default/process-definition", "/app/cockpit/default/", "/lib/deps.js")) {
			assertThat(get(path, "admin").statusCode()).as(path).isEqualTo(404);
			assertThat(post(path, "admin").statusCode()).as("POST " + path).isEqualTo(404);
		}
	}

	@Test
	void actuatorExposesOnlyHealthInfoAndPrometheus() throws Exception {
		HttpResponse<String> links = get("/actuator", "admin");
		assertThat(links.statusCode()).isEqualTo(200);
		Set<String> exposed = new TreeSet<>();
		json.readTree(links.body()).get("_links").fieldNames().forEachRemaining(name -> exposed.add(name.replaceAll("-.*", "")));
		assertThat(exposed).containsOnly("self", "health", "info", "prometheus");

		for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings", "metrics",
				"shutdown", "scheduledtasks", "conditions", "caches", "sessions", "startup")) {
			assertThat(get("/actuator/" + endpoint, "admin").statusCode()).as("/actuator/" + endpoint).isEqualTo(404);
		}
	}

	@Test
	void healthAndInfoAreOpenButPrometheusIsForAdminsOnly() throws Exception {
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		for (String user : List.of("editor1", "reviewer1", "legal1", "compliance1")) {
			assertThat(get("/actuator/prometheus", user).statusCode()).as(user).isEqualTo(403);
		}
		HttpResponse<String> metrics = get("/actuator/prometheus", "admin");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthRevealsNoDetails() throws Exception {
		JsonNode health = json.readTree(get("/actuator/health", null).body());
		assertThat(health.get("status").asText()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
		assertThat(health.has("details")).isFalse();
	}

	@Test
	void apiResponsesAndTheAppPageCarrySecurityHeaders() throws Exception {
		HttpResponse<String> index = get("/", null);
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.body()).containsIgnoringCase("<!doctype html");
		HttpResponse<String> indexFile = get("/index.html", null);
		assertThat(indexFile.statusCode()).isEqualTo(200);

		for (HttpResponse<String> response : List.of(index, indexFile, get("/api/me", "editor1"), get("/api/me", null),
				get("/tasks/42", null), get("/api/contents/no-such-id", "editor1"))) {
			String what = response.request().uri().getPath() + " → " + response.statusCode();
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
					.hasValueSatisfying(policy -> assertThat(policy).contains(SECURITY_POLICY_FRAGMENT, "default-src 'self'", "object-src 'none'")
							.doesNotContain("unsafe-eval"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
		}
	}

	Set<String> servedRoutes() {
		Set<String> routes = new TreeSet<>();
		Map<String, HandlerMapping> mappings = context.getBeansOfType(HandlerMapping.class);
		mappings.forEach((bean, mapping) -> {
			if (mapping instanceof RequestMappingInfoHandlerMapping handlers) {
				handlers.getHandlerMethods().keySet().forEach(info -> EndpointRoleMatrixIntegrationTests.endpoints(info)
						.forEach(endpoint -> routes.add(bean + ": " + endpoint)));
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urls) {
				urls.getHandlerMap().keySet().forEach(pattern -> routes.add(bean + ": ANY " + pattern));
				if (urls.getRootHandler() != null) {
					routes.add(bean + ": GET /");
				}
			}
			else {
				routes.add(bean + ": " + mapping.getClass().getSimpleName());
			}
		});
		((WebApplicationContext) context).getServletContext().getServletRegistrations()
				.forEach((name, servlet) -> routes.add("servlet " + name + ": " + new TreeSet<>(servlet.getMappings())));
		return routes;
	}

	private static Set<String> allowList() throws IOException {
		try (InputStream in = RouteInventoryIntegrationTests.class.getResourceAsStream(ALLOW_LIST)) {
			assertThat(in).as(ALLOW_LIST + " on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		return http.send(request(path, user).GET().build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String user) throws Exception {
		return http.send(request(path, user).POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
				BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}
}
