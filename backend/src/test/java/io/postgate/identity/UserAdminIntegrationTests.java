package io.postgate.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.postgate.PostgateApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/admin/users: administrators create users, change their roles, disable them and give them new passwords. */
@PostgateIntegrationTest
class UserAdminIntegrationTests {

	private static final String PASSWORD = "tea-leaves-and-rain-42";
	private static final String NEW_PASSWORD = "another-long-secret-77";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	IdentityService camundaIdentity;

	@Autowired
	UserDirectory directory;

	/** Audit searches look from here on, past the entries of earlier runs on the same database. */
	private final Instant startedAt = Instant.now().minusSeconds(1);

	@Test
	void anAdminCreatesALocalUserWhoSignsInWithTheGivenRolesAndIsMirroredIntoCamunda() throws Exception {
		String username = uniqueUsername();

		create(newUser(username, List.of("EDITOR", "LEGAL"))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.username").value(username))
				.andExpect(jsonPath("$.roles", contains("EDITOR", "LEGAL")))
				.andExpect(jsonPath("$.enabled").value(true))
				.andExpect(jsonPath("$.external").value(false))
				.andExpect(jsonPath("$.password").doesNotExist());

		mvc.perform(get("/api/admin/users").with(as("admin"))).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].username", hasItem(username)))
				.andExpect(jsonPath("$[?(@.username == '" + username + "')].displayName").value("Mia Tester"));
		BrowserSession session = BrowserSession.loggedIn(mvc, username, PASSWORD);
		mvc.perform(get("/api/me").with(session.session())).andExpect(status().isOk())
				.andExpect(jsonPath("$.roles", contains("EDITOR", "LEGAL")))
				.andExpect(jsonPath("$.locale").value("zh-CN"));
		assertThat(camundaGroups(username)).containsExactlyInAnyOrder("editors", "legal");
		mvc.perform(get("/api/audit").param("eventType", "UserChanged").param("from", startedAt.toString()).param("size", "200")
				.with(as("compliance1")))
				.andExpect(jsonPath("$.entries[?(@.payload.user.username == '" + username + "')].actor", hasItem("admin")));
	}

	@Test
	void whatAnAdminSendsIsValidatedFieldByField() throws Exception {
		String username = uniqueUsername();
		expectBadRequest(create(with(newUser("not valid!", List.of("EDITOR")), "username", "not valid!")), "username: must be 1 to 64");
		expectBadRequest(create(with(newUser(username, List.of()), "roles", List.of())), "roles: at least one of");
		expectBadRequest(create(newUser(username, List.of("EDITOR", "OWNER"))), "roles: 'OWNER' is not one of");
		expectBadRequest(create(with(newUser(username, List.of("EDITOR")), "locale", "fr")), "locale: one of [en, zh-CN]");
		expectBadRequest(create(with(newUser(username, List.of("EDITOR")), "displayName", "  ")), "displayName: required");
		expectBadRequest(create(with(newUser(username, List.of("EDITOR")), "password", "short-pw")), "password: at least 12 characters");
		expectBadRequest(create(with(newUser(username, List.of("EDITOR")), "password", "x".repeat(73))), "password: at most 72 bytes");
		expectBadRequest(create(with(newUser(username, List.of("EDITOR")), "password", "my-" + username.toUpperCase() + "-pw")),
				"password: must not contain the username");
		mvc.perform(get("/api/admin/users").with(as("admin"))).andExpect(jsonPath("$[*].username", not(hasItem(username))));

		create(newUser(username, List.of("EDITOR"))).andExpect(status().isCreated());
		create(newUser(username, List.of("REVIEWER"))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("a user " + username + " already exists"));
		update(username, Map.of("displayName", "Mia Tester", "locale", "en", "roles", List.of("EDITOR"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value("enabled: required, true or false"));
		update("nobody-" + username, change(List.of("EDITOR"), true)).andExpect(status().isNotFound());
		replacePassword("nobody-" + username, NEW_PASSWORD).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		String username = uniqueUsername();
		for (String user : List.of("editor1", "reviewer1", "legal1", "compliance1")) {
			mvc.perform(get("/api/admin/users").with(as(user))).andExpect(status().isForbidden());
			mvc.perform(post("/api/admin/users").with(as(user)).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(newUser(username, List.of("ADMIN"))))).andExpect(status().isForbidden());
			mvc.perform(put("/api/admin/users/{username}", "editor1").with(as(user)).contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(change(List.of("ADMIN", "EDITOR"), true)))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/admin/users")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void disablingAUserEndsTheirSessionAndRefusesTheirSignInUntilTheyAreEnabledAgain() throws Exception {
		String username = uniqueUsername();
		create(newUser(username, List.of("REVIEWER"))).andExpect(status().isCreated());
		BrowserSession session = BrowserSession.loggedIn(mvc, username, PASSWORD);

		update(username, change(List.of("REVIEWER"), false)).andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(get("/api/tasks").with(session.session())).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value(SessionAccountCheck.ENDED));
		mvc.perform(get("/api/me").with(session.session())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		assertThat(camundaGroups(username)).isEmpty();
		assertThatSignInFails(username, PASSWORD);

		update(username, change(List.of("REVIEWER"), true)).andExpect(status().isOk());

		BrowserSession again = BrowserSession.loggedIn(mvc, username, PASSWORD);
		mvc.perform(get("/api/me").with(again.session())).andExpect(status().isOk());
		assertThat(camundaGroups(username)).containsExactly("reviewers");
	}

	@Test
	void someoneElseSignsInOnTheBrowserOfAUserWhoWasDisabledMeanwhile() throws Exception {
		String username = uniqueUsername();
		create(newUser(username, List.of("REVIEWER"))).andExpect(status().isCreated());
		BrowserSession browser = BrowserSession.loggedIn(mvc, username, PASSWORD);
		update(username, change(List.of("REVIEWER"), false)).andExpect(status().isOk());

		mvc.perform(post("/api/auth/login").with(browser.csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"editor1\",\"password\":\"demo\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("editor1"));
	}

	@Test
	void changedRolesTakeEffectInTheUsersOpenSessionAtTheirNextRequest() throws Exception {
		String username = uniqueUsername();
		create(newUser(username, List.of("EDITOR"))).andExpect(status().isCreated());
		BrowserSession session = BrowserSession.loggedIn(mvc, username, PASSWORD);
		mvc.perform(get("/api/rules").with(session.session())).andExpect(status().isForbidden());

		update(username, change(List.of("EDITOR", "COMPLIANCE"), true)).andExpect(status().isOk())
				.andExpect(jsonPath("$.roles", contains("EDITOR", "COMPLIANCE")));

		mvc.perform(get("/api/rules").with(session.session())).andExpect(status().isOk());
		mvc.perform(get("/api/me").with(session.session())).andExpect(jsonPath("$.roles", contains("EDITOR", "COMPLIANCE")));
		assertThat(camundaGroups(username)).containsExactlyInAnyOrder("editors", "compliance");

		update(username, change(List.of("EDITOR"), true)).andExpect(status().isOk());

		mvc.perform(get("/api/rules").with(session.session())).andExpect(status().isForbidden());
	}

	@Test
	void aNewPasswordFromAnAdminEndsTheUsersSessionsAndReplacesTheOldOne() throws Exception {
		String username = uniqueUsername();
		create(newUser(username, List.of("EDITOR"))).andExpect(status().isCreated());
		BrowserSession session = BrowserSession.loggedIn(mvc, username, PASSWORD);

		expectBadRequest(replacePassword(username, "too-short"), "password: at least 12 characters");
		mvc.perform(get("/api/me").with(session.session())).andExpect(status().isOk());
		replacePassword(username, NEW_PASSWORD).andExpect(status().isNoContent());

		mvc.perform(get("/api/me").with(session.session())).andExpect(status().isUnauthorized());
		assertThatSignInFails(username, PASSWORD);
		BrowserSession.loggedIn(mvc, username, NEW_PASSWORD);
		mvc.perform(get("/api/audit").param("eventType", "UserPasswordReplaced").param("from", startedAt.toString()).param("size", "200")
				.with(as("compliance1")))
				.andExpect(jsonPath("$.entries[?(@.payload.username == '" + username + "')].actor", hasItem("admin")))
				.andExpect(jsonPath("$.entries[*].payload.password").doesNotExist());
	}

	@Test
	void anAdminCanNeitherDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
		Map<String, Object> disabled = change(List.of("ADMIN"), false);
		mvc.perform(put("/api/admin/users/{username}", "admin").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(with(disabled, "displayName", "Ada Admin")))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(UserAdministration.OWN_ACCOUNT));
		Map<String, Object> withoutAdmin = change(List.of("COMPLIANCE"), true);
		mvc.perform(put("/api/admin/users/{username}", "admin").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(with(withoutAdmin, "displayName", "Ada Admin")))).andExpect(status().isConflict());
		mvc.perform(get("/api/me").with(as("admin"))).andExpect(jsonPath("$.roles", contains("ADMIN")));
	}

	@Test
	void theNameAndRolesOfASingleSignOnUserStayWithTheProviderButAnAdminMayDisableThem() throws Exception {
		String username = uniqueUsername();
		directory.signInExternal(new UserDirectory.ExternalIdentity("https://idp.example", "subject-" + username, username, "Mia Tester", "zh-CN"),
				Set.of(Role.EDITOR));

		update(username, change(List.of("EDITOR", "ADMIN"), true)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(UserAdministration.EXTERNAL_USER));
		replacePassword(username, NEW_PASSWORD).andExpect(status().isConflict());
		update(username, change(List.of("EDITOR"), false)).andExpect(status().isOk()).andExpect(jsonPath("$.external").value(true))
				.andExpect(jsonPath("$.enabled").value(false));
	}

	// --- helpers ----------------------------------------------------------------------------------------------

	private static String uniqueUsername() {
		return "pt-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Map<String, Object> newUser(String username, List<String> roles) {
		return new HashMap<>(Map.of("username", username, "displayName", "Mia Tester", "locale", "zh-CN", "roles", roles, "password", PASSWORD));
	}

	private static Map<String, Object> change(List<String> roles, boolean enabled) {
		return new HashMap<>(Map.of("displayName", "Mia Tester", "locale", "zh-CN", "roles", roles, "enabled", enabled));
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	private ResultActions create(Map<String, Object> user) throws Exception {
		return mvc.perform(post("/api/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(user)));
	}

	private ResultActions update(String username, Map<String, Object> change) throws Exception {
		return mvc.perform(put("/api/admin/users/{username}", username).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(change)));
	}

	private ResultActions replacePassword(String username, String password) throws Exception {
		return mvc.perform(post("/api/admin/users/{username}/password", username).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("password", password))));
	}

	private static void expectBadRequest(ResultActions result, String detailStart) throws Exception {
		result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(startsWith(detailStart)));
	}

	private void assertThatSignInFails(String username, String password) {
		assertThat(catchThrowable(() -> BrowserSession.loggedIn(mvc, username, password)))
				.hasMessageContaining("login of " + username + " failed");
	}

	private List<String> camundaGroups(String username) {
		return camundaIdentity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
	}
}
