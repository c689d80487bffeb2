package io.postgate.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.testing.ContentNoted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static io.postgate.audit.AuditTrailIntegrationTests.unique;
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
class AuditApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@AfterEach
	void clearAuthentication() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void complianceOfficerSearchesByContentPlatformAndEventType() throws Exception {
		String contentId = threeNotes();

		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(3))
				.andExpect(jsonPath("$.entries[0].payload.note").value("created"))
				.andExpect(jsonPath("$.entries[2].payload.note").value("published"))
				.andExpect(jsonPath("$.entries[0].entryHash").isString());
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("platform", "weibo")))
				.andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("eventType", "ContentNoted")))
				.andExpect(jsonPath("$.totalElements").value(3));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("eventType", "ContentPublished")))
				.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void searchesByActor() throws Exception {
		String contentId = unique("content");
		events.publishEvent(new ContentNoted(contentId, 1, List.of("X"), "by system", null));
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reviewer2", null,
				List.of(new SimpleGrantedAuthority(Role.REVIEWER.authority()))));
		events.publishEvent(new ContentNoted(contentId, 1, List.of("X"), "by reviewer", null));

		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("actor", "reviewer2")))
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.entries[0].actor").value("reviewer2"))
				.andExpect(jsonPath("$.entries[0].actorRoles[0]").value("REVIEWER"))
				.andExpect(jsonPath("$.entries[0].payload.note").value("by reviewer"));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("actor", "system")))
				.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("actor", "nobody-" + contentId)))
				.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void searchesByTimeRange() throws Exception {
		String contentId = threeNotes();
		Instant recorded = Instant.parse(json.readTree(mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId)))
				.andReturn().getResponse().getContentAsString()).at("/entries/0/recordedAt").asText());

		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId)
						.param("from", recorded.minus(1, ChronoUnit.HOURS).toString()).param("to", recorded.plus(1, ChronoUnit.HOURS).toString())))
				.andExpect(jsonPath("$.totalElements").value(3));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("to", recorded.toString())))
				.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("from", recorded.plus(1, ChronoUnit.HOURS).toString())))
				.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void pagesThroughResults() throws Exception {
		String contentId = threeNotes();

		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId).param("size", "2").param("page", "1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.entries.length()").value(1))
				.andExpect(jsonPath("$.entries[0].payload.note").value("published"))
				.andExpect(jsonPath("$.page").value(1))
				.andExpect(jsonPath("$.size").value(2))
				.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void badSearchParametersAreRefusedWithProblemJsonNamingTheField() throws Exception {
		expectBadRequest(get("/api/audit").param("size", "201"), "size");
		expectBadRequest(get("/api/audit").param("size", "0"), "size");
		expectBadRequest(get("/api/audit").param("page", "-1"), "page");
		expectBadRequest(get("/api/audit").param("page", "first"), "page");
		expectBadRequest(get("/api/audit").param("from", "yesterday"), "from");
		expectBadRequest(get("/api/audit").param("from", "2025-02-01T00:00:00Z").param("to", "2025-01-01T00:00:00Z"), "from");
		expectBadRequest(get("/api/audit").param("platform", "WEIBO%"), "platform");
		expectBadRequest(get("/api/audit/export").param("format", "xml"), "format");
	}

	@Test
	void onlyComplianceOfficersAndAdminsReadTheTrail() throws Exception {
		for (String path : List.of("/api/audit", "/api/audit/verify", "/api/audit/export?format=csv")) {
			mvc.perform(get(path).with(httpBasic("editor1", "demo")))
					.andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(path).with(httpBasic("legal1", "demo"))).andExpect(status().isForbidden());
			mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
					.andExpect(status().isUnauthorized())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(path).with(httpBasic("compliance1", "demo"))).andExpect(status().isOk());
			mvc.perform(get(path).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		}
	}

	@Test
	void complianceOfficerMayNotEraseAndEditorSessionNeither() throws Exception {
		mvc.perform(post("/api/admin/erasure/editor1").with(httpBasic("compliance1", "demo"))).andExpect(status().isForbidden());
		BrowserSession editor = BrowserSession.loggedIn(mvc, "editor1");
		mvc.perform(post("/api/admin/erasure/editor1").with(editor.csrf())).andExpect(status().isForbidden());
	}

	@Test
	void verifyReportsAnIntactTrail() throws Exception {
		threeNotes();

		mvc.perform(asCompliance(get("/api/audit/verify")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(true))
				.andExpect(jsonPath("$.entries").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
				.andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
	}

	@Test
	void exportsAQueryAsCsv() throws Exception {
		String contentId = threeNotes();

		String csv = mvc.perform(asCompliance(get("/api/audit/export").param("format", "csv").param("contentId", contentId)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(header().string("Content-Disposition", containsString("postgate-audit.csv")))
				.andReturn().getResponse().getContentAsString();

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).isEqualTo("sequence,recordedAt,actor,actorRoles,contentId,revision,eventType,platforms,payload,previousHash,entryHash");
		assertThat(lines.get(1)).contains(contentId, "ContentNoted", "\"WEIBO,WECHAT\"", "created");
		assertThat(lines.get(3)).contains("published");
	}

	@Test
	void exportsAQueryAsJsonThatRecomputesToTheStoredHashes() throws Exception {
		String contentId = threeNotes();

		String body = mvc.perform(asCompliance(get("/api/audit/export").param("format", "json").param("contentId", contentId)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andReturn().getResponse().getContentAsString();

		JsonNode exported = json.readTree(body);
		assertThat(exported).hasSize(3);
		for (JsonNode node : exported) {
			AuditEntry entry = json.treeToValue(node, AuditEntry.class);
			assertThat(EntryHash.of(AuditTrailIntegrationTests.stored(entry))).isEqualTo(entry.entryHash());
		}
	}

	@Test
	void adminErasesAPersonWithoutBreakingVerification() throws Exception {
		String username = unique("erasable");
		directory.create(username, "Erin Erasable", "secret-123", "en", Set.of(Role.EDITOR));
		mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"wrong\"}")).andExpect(status().isUnauthorized());
		String contentId = unique("content");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()))));
		events.publishEvent(new ContentNoted(contentId, 1, List.of("WEIBO"), "draft", "+86 138 0013 8000"));
		SecurityContextHolder.clearContext();

		mvc.perform(asCompliance(get("/api/audit").param("actor", username)))
				.andExpect(jsonPath("$.totalElements").value(1))
				.andExpect(jsonPath("$.entries[0].actor").value(username))
				.andExpect(jsonPath("$.entries[0].payload.phone").value("+86 138 0013 8000"));
		assertThat(rawMentions(username)).isZero();
		assertThat(rawMentions("+86 138 0013 8000")).isZero();

		mvc.perform(post("/api/admin/erasure/" + username).with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.found").value(true))
				.andExpect(jsonPath("$.personalValuesErased").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)));

		mvc.perform(asCompliance(get("/api/audit").param("actor", username))).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(asCompliance(get("/api/audit").param("contentId", contentId)))
				.andExpect(jsonPath("$.entries[0].actor").value(PersonalDataVault.ERASED))
				.andExpect(jsonPath("$.entries[0].payload.phone").value(PersonalDataVault.ERASED))
				.andExpect(jsonPath("$.entries[0].payload.note").value("draft"));
		assertThat(jdbc.queryForObject("select count(*) from audit_subject where username = ?", Long.class, username)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_personal_value where personal_value in (?, ?, ?)", Long.class,
				username, "Erin Erasable", "+86 138 0013 8000")).isZero();
		mvc.perform(asCompliance(get("/api/audit/verify"))).andExpect(jsonPath("$.valid").value(true));
		mvc.perform(asCompliance(get("/api/audit").param("eventType", "PersonalDataErased").param("actor", "admin")))
				.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void erasingSomeoneTheTrailDoesNotKnowIsRecordedAsNotFound() throws Exception {
		mvc.perform(post("/api/admin/erasure/" + unique("stranger")).with(httpBasic("admin", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.found").value(false))
				.andExpect(jsonPath("$.personalValuesErased").value(0));
	}

	private String threeNotes() {
		String contentId = unique("content");
		events.publishEvent(new ContentNoted(contentId, 1, List.of("WEIBO", "WECHAT"), "created", null));
		events.publishEvent(new ContentNoted(contentId, 2, List.of("DOUYIN"), "revised", null));
		events.publishEvent(new ContentNoted(contentId, 2, List.of("WEIBO"), "published", null));
		return contentId;
	}

	private long rawMentions(String text) {
		return jdbc.queryForObject("select count(*) from audit_entry where payload like ? or actor_ref = ?", Long.class,
				"%" + text + "%", text);
	}

	private static MockHttpServletRequestBuilder asCompliance(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("compliance1", "demo"));
	}

	private void expectBadRequest(MockHttpServletRequestBuilder request, String field) throws Exception {
		mvc.perform(asCompliance(request))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString(field)));
	}
}
