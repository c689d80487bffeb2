package io.postgate.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateApplication;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server on a random port), driven over real
 * HTTP through the authorization code flow with a cookie-keeping client, as a browser would. Its own Spring
 * context: OIDC on, password login off; the job executor and e-mail stay off here, the shared context does those.
 */
@SpringBootTest(classes = PostgateApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"postgate.identity.oidc.enabled=true",
		"postgate.identity.oidc.client-id=" + OidcLoginIntegrationTests.CLIENT_ID,
		"postgate.identity.oidc.client-secret=test-secret",
		"postgate.identity.oidc.provider-name=Test IdP",
		"postgate.identity.oidc.role-mapping[pg-editors]=EDITOR",
		"postgate.identity.oidc.role-mapping[pg-reviewers]=REVIEWER",
		"postgate.identity.oidc.role-mapping[pg-legal]=LEGAL",
		"postgate.identity.local-login-enabled=false",
		"camunda.bpm.job-execution.enabled=false",
		"spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration" })
class OidcLoginIntegrationTests {

	static final String CLIENT_ID = "postgate-test";
	private static final String ISSUER_ID = "postgate";
	private static final MockOAuth2Server PROVIDER = startedProvider();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("postgate.identity.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory directory;

	@Autowired
	IdentityService camundaIdentity;

	@Autowired
	ObjectMapper json;

	@Test
	void loginPageLearnsThatOnlySingleSignOnIsOffered() throws Exception {
		JsonNode config = json.readTree(new Browser().get("/api/auth/config").body());
		assertThat(config.get("localLogin").asBoolean()).isFalse();
		assertThat(config.get("sso").get("name").asText()).isEqualTo("Test IdP");
		assertThat(config.get("sso").get("loginUrl").asText()).isEqualTo("/oauth2/authorization/postgate");
	}

	@Test
	void firstLoginCreatesTheUserWithMappedRolesAndMirrorsThemIntoCamunda() throws Exception {
		String username = uniqueUsername();
		Browser browser = new Browser();

		String landing = browser.signIn(username, "Sam Single", List.of("pg-editors", "pg-reviewers", "marketing"));

		assertThat(landing).isEqualTo("/");
		JsonNode me = json.readTree(browser.get("/api/me").body());
		assertThat(me.get("username").asText()).isEqualTo(username);
		assertThat(me.get("displayName").asText()).isEqualTo("Sam Single");
		assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("EDITOR", "REVIEWER");
		assertThat(directory.find(username)).get().extracting(UserAccount::roles).isEqualTo(Set.of(Role.EDITOR, Role.REVIEWER));
		assertThat(camundaIdentity.createUserQuery().userId(username).singleResult()).isNotNull();
		assertThat(camundaGroups(username)).containsExactlyInAnyOrder("editors", "reviewers");
	}

	@Test
	void aLaterLoginReplacesTheRolesWithWhatTheClaimSaysNow() throws Exception {
		String username = uniqueUsername();
		new Browser().signIn(username, "Rita Roles", List.of("pg-editors"));

		Browser second = new Browser();
		second.signIn(username, "Rita Roles", List.of("pg-reviewers", "pg-legal"));

		assertThat(json.readTree(second.get("/api/me").body()).get("roles")).extracting(JsonNode::asText)
				.containsExactly("REVIEWER", "LEGAL");
		assertThat(camundaGroups(username)).containsExactlyInAnyOrder("reviewers", "legal");
	}

	@Test
	void aUserWhoseClaimMapsToNoRoleGetsNoAccessAndIsNotCreated() throws Exception {
		String username = uniqueUsername();
		Browser browser = new Browser();

		String landing = browser.signIn(username, "Nora None", List.of("marketing-interns"));

		assertThat(landing).isEqualTo("/login?error=no_role");
		HttpResponse<String> me = browser.get("/api/me");
		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		assertThat(directory.exists(username)).isFalse();
		assertThat(camundaIdentity.createUserQuery().userId(username).singleResult()).isNull();
	}

	@Test
	void aUserWhoLostEveryRoleAtTheProviderLosesAccessAndTheirCamundaGroups() throws Exception {
		String username = uniqueUsername();
		new Browser().signIn(username, "Lou Left", List.of("pg-legal"));

		Browser later = new Browser();
		assertThat(later.signIn(username, "Lou Left", List.of())).isEqualTo("/login?error=no_role");

		assertThat(later.get("/api/me").statusCode()).isEqualTo(401);
		assertThat(directory.find(username)).get().extracting(UserAccount::roles).isEqualTo(Set.of());
		assertThat(camundaGroups(username)).isEmpty();
	}

	@Test
	void aUserDisabledInPostgateLosesTheirOpenSessionAndIsRefusedAtTheNextSignIn() throws Exception {
		String username = uniqueUsername();
		Browser browser = new Browser();
		browser.signIn(username, "Dee Disabled", List.of("pg-editors"));
		assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

		directory.update(username, "Dee Disabled", "en", Set.of(Role.EDITOR), false);

		assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
		assertThat(new Browser().signIn(username, "Dee Disabled", List.of("pg-editors"))).isEqualTo("/login?error=disabled");
		assertThat(camundaGroups(username)).isEmpty();
	}

	@Test
	void theProviderCannotTakeOverALocalUsersName() throws Exception {
		Browser browser = new Browser();

		assertThat(browser.signIn("admin", "Mallory", List.of("pg-editors"))).isEqualTo("/login?error=account_conflict");

		assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
		assertThat(directory.find("admin")).get().extracting(UserAccount::roles).isEqualTo(Set.of(Role.ADMIN));
	}

	@Test
	void logoutEndsTheSessionAndSendsTheBrowserToTheProvidersLogout() throws Exception {
		Browser browser = new Browser();
		browser.signIn(uniqueUsername(), "Olga Out", List.of("pg-editors"));

		HttpResponse<String> logout = browser.post("/api/auth/logout");

		assertThat(logout.statusCode()).isEqualTo(200);
		URI providerLogout = URI.create(json.readTree(logout.body()).get("redirectTo").asText());
		assertThat(providerLogout.toString()).startsWith(PROVIDER.url(ISSUER_ID + "/endsession").toString())
				.contains("id_token_hint=").contains("post_logout_redirect_uri=");
		assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
		HttpResponse<String> atProvider = browser.send(HttpRequest.newBuilder(providerLogout).build());
		assertThat(atProvider.headers().firstValue("Location")).hasValue(app("/login").toString());
	}

	@Test
	void passwordLoginIsRefusedWhenLocalLoginIsOff() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.post("/api/auth/login", "{\"username\":\"editor1\",\"password\":\"demo\"}");
		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(json.readTree(login.body()).get("detail").asText()).contains("Sign in with Test IdP");

		HttpResponse<String> basic = browser.send(HttpRequest.newBuilder(app("/api/me"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor1:demo".getBytes())).build());
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void aBasicHeaderDoesNotExcuseASessionRequestFromCsrfWhenLocalLoginIsOff() throws Exception {
		Browser browser = new Browser();
		browser.signIn(uniqueUsername(), "Chris Csrf", List.of("pg-editors"));

		HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(app("/api/notifications/read-all"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor1:demo".getBytes()))
				.POST(HttpRequest.BodyPublishers.noBody()).build());

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("CSRF token missing or invalid");
	}

	private List<String> camundaGroups(String username) {
		return camundaIdentity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
	}

	private static String uniqueUsername() {
		return "sso-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private URI app(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static MockOAuth2Server startedProvider() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	/** A browser: keeps cookies (the app's session and XSRF-TOKEN), follows redirects step by step. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();
		private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

		/**
		 * Clicks "Sign in with ..." with the provider set to vouch for the user with these claims, follows the
		 * authorization code flow through the provider and back, and returns where the app finally sends the browser.
		 */
		String signIn(String username, String name, List<String> groups) throws Exception {
			PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-of-" + username, "JWT", List.of(CLIENT_ID),
					Map.of("preferred_username", username, "name", name, "groups", groups), 3600));
			URI next = app("/oauth2/authorization/postgate");
			for (int hop = 0; hop < 5; hop++) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(next).build());
				assertThat(response.statusCode()).as("%s answered %s", next, response.body()).isEqualTo(302);
				URI location = next.resolve(response.headers().firstValue("Location").orElseThrow());
				if (location.getPort() == port && !location.getPath().startsWith("/login/oauth2/code/")) {
					return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
				}
				next = location;
			}
			throw new AssertionError("the sign-in did not come back to the app");
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(app(path)).header("Accept", "application/json").build());
		}

		/** A state-changing request as the app sends it: the XSRF-TOKEN cookie echoed in the X-XSRF-TOKEN header. */
		HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
			if (xsrfToken() == null) {
				get("/api/auth/config");
			}
			return send(HttpRequest.newBuilder(app(path)).header("Content-Type", "application/json").header("Accept", "application/json")
					.header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(body)).build());
		}

		HttpResponse<String> post(String path) throws IOException, InterruptedException {
			return post(path, "");
		}

		HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			return http.send(request, BodyHandlers.ofString());
		}

		private String xsrfToken() {
			return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
					.map(HttpCookie::getValue).filter(value -> !value.isEmpty()).findFirst().orElse(null);
		}
	}
}
