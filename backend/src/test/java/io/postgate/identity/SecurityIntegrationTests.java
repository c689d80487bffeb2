package io.postgate.identity;

import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory directory;

	@LocalServerPort
	int port;

	@Test
	void anonymousCallerIsRefusedWithProblemJson() throws Exception {
		mvc.perform(get("/api/me").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void apiClientWithoutCredentialsIsOfferedBasicAuthentication() throws Exception {
		mvc.perform(get("/api/me"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void withoutSingleSignOnTheLoginPageOffersThePasswordFormOnly() throws Exception {
		mvc.perform(get("/api/auth/config"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.localLogin").value(true))
				.andExpect(jsonPath("$.sso").doesNotExist());
		mvc.perform(get("/oauth2/authorization/postgate").accept(MediaType.TEXT_HTML))
				.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void loginWithDemoPasswordStartsASessionThatKnowsTheUser() throws Exception {
		BrowserSession browser = BrowserSession.anonymous(mvc);
		MvcResult login = mvc.perform(post("/api/auth/login").with(browser.csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"lead1\",\"password\":\"demo\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("lead1"))
				.andExpect(jsonPath("$.roles[0]").value("EDITOR"))
				.andExpect(jsonPath("$.roles[1]").value("REVIEWER"))
				.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

		mvc.perform(get("/api/me").session(session))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("lead1"))
				.andExpect(jsonPath("$.locale").value("zh-CN"));
	}

	@Test
	void loginChangesTheSessionIdentifier() throws Exception {
		BrowserSession browser = BrowserSession.anonymous(mvc);
		String idBefore = browser.sessionId();
		MvcResult login = mvc.perform(post("/api/auth/login").with(browser.csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"editor1\",\"password\":\"demo\"}"))
				.andExpect(status().isOk())
				.andReturn();
		assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
	}

	@Test
	void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
		mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"reviewer2\",\"password\":\"wrong\"}"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("Wrong username or password."));
	}

	@Test
	void loginWithoutUsernameNamesTheField() throws Exception {
		mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"password\":\"demo\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("username")));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/api/auth/login")
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"editor1\",\"password\":\"demo\"}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("CSRF token missing or invalid"));
	}

	@Test
	void sessionRequestWithoutCsrfTokenIsRefusedButWithTokenAccepted() throws Exception {
		BrowserSession browser = BrowserSession.loggedIn(mvc, "editor1");

		mvc.perform(post("/api/auth/logout").with(browser.session())).andExpect(status().isForbidden());
		mvc.perform(post("/api/auth/logout").with(browser.csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").with(browser.session()).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	void everyResponseIssuesAReadableCsrfCookie() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("Set-Cookie"))
				.singleElement()
				.satisfies(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").doesNotContainIgnoringCase("HttpOnly"));
	}

	@Test
	void repeatedFailedLoginsAreThrottled() throws Exception {
		String username = "throttled" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		directory.create(username, "Throttled", "correct-horse", "en", Set.of(Role.LEGAL));
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf())
							.contentType(MediaType.APPLICATION_JSON)
							.content("{\"username\":\"" + username + "\",\"password\":\"guess" + attempt + "\"}"))
					.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + username + "\",\"password\":\"correct-horse\"}"))
				.andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.detail", containsString("Too many failed logins")));
		mvc.perform(get("/api/me").with(httpBasic(username, "correct-horse"))).andExpect(status().isTooManyRequests());
	}

	@Test
	void adminSeesTheDeployedContentApprovalProcess() throws Exception {
		mvc.perform(get("/api/admin/process-definitions").with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.key == 'content-approval')].type").value("BPMN"));
	}

	@Test
	void editorMayNotSeeProcessDefinitions() throws Exception {
		mvc.perform(get("/api/admin/process-definitions").with(httpBasic("editor1", "demo")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void camundaRestApiAndWebappsAreNotDeployed() throws Exception {
		for (String path : new String[] { "/engine-rest/engine", "/engine-rest/process-definition", "/camunda/app/welcome/",
				"/camunda/app/cockpit/default/", "/camunda/api/admin/auth/user/default" }) {
			mvc.perform(get(path).with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
		}
	}

	@Test
	void responsesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/api/me").with(httpBasic("editor1", "demo")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void clientSideRoutesLoadTheApp() throws Exception {
		mvc.perform(get("/tasks/42")).andExpect(status().isOk());
		mvc.perform(get("/api/unknown").with(httpBasic("editor1", "demo"))).andExpect(status().isNotFound());
	}
}
