package io.postgate.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateApi;
import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.postgate.PostgateApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class ContentDossierIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	PostgateApi api;

	@BeforeEach
	void setUp() {
		api = new PostgateApi(mvc, json);
	}

	@Test
	void dossierShowsReportDecisionsAndTimelineOfAReviewedPost() throws Exception {
		String campaign = PostgateApi.uniqueCampaign();
		String contentId = api.submittedAndScreened("editor1", PostgateApi.cleanDraft(campaign));
		String task = api.reviewTask("reviewer1", contentId, campaign);
		api.claim("reviewer1", task);
		api.complete("reviewer1", task, "REQUEST_CHANGES", "Please name the tea.");
		api.awaitStatus("editor1", contentId, "CHANGES_REQUESTED");

		mvc.perform(get("/api/contents/{id}", contentId).with(as("editor1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(contentId))
				.andExpect(jsonPath("$.status").value("CHANGES_REQUESTED"))
				.andExpect(jsonPath("$.latestReport.revision").value(1))
				.andExpect(jsonPath("$.latestReport.blocking").value(false))
				.andExpect(jsonPath("$.decisions[0].outcome").value("REQUEST_CHANGES"))
				.andExpect(jsonPath("$.decisions[0].comment").value("Please name the tea."))
				.andExpect(jsonPath("$.decisions[0].actor").value("reviewer1"))
				.andExpect(jsonPath("$.timeline[?(@.event == 'DraftCreated')]").exists())
				.andExpect(jsonPath("$.timeline[?(@.event == 'ContentSubmitted')]").exists())
				.andExpect(jsonPath("$.timeline[?(@.event == 'ScreeningCompleted')]").exists())
				.andExpect(jsonPath("$.timeline[?(@.event == 'ReviewDecided')]").exists());
	}

	@Test
	void complianceOfficerDownloadsAnEvidencePackWithEveryPart() throws Exception {
		String campaign = PostgateApi.uniqueCampaign();
		String contentId = api.submittedAndScreened("editor1", PostgateApi.cleanDraft(campaign));

		MvcResult result = mvc.perform(get("/api/contents/{id}/evidence", contentId).with(as("compliance1")))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/zip"))
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"evidence-" + contentId + ".zip\""))
				.andReturn();

		Map<String, String> files = unzip(result.getResponse().getContentAsByteArray());
		assertThat(files).containsKeys("content.json", "revisions/revision-1.json", "screening-report-latest.json", "decisions.json",
				"deliveries.json", "audit/entries.json", "audit/checkpoints.json", "audit/checkpoint-public-key.pem", "VERIFY.md", "summary.html");
		JsonNode entries = json.readTree(files.get("audit/entries.json"));
		assertThat(entries).isNotEmpty();
		entries.forEach(entry -> {
			assertThat(entry.get("contentId").asText()).isEqualTo(contentId);
			assertThat(entry.get("entryHash").asText()).hasSize(64);
		});
		assertThat(files.get("summary.html")).contains(contentId).contains("ContentSubmitted");
		assertThat(files.get("audit/checkpoint-public-key.pem")).contains("PUBLIC KEY");
	}

	@Test
	void evidenceIsOnlyForComplianceAndAdmins() throws Exception {
		String contentId = api.submittedAndScreened("editor1", PostgateApi.cleanDraft(PostgateApi.uniqueCampaign()));

		mvc.perform(get("/api/contents/{id}/evidence", contentId).with(as("admin"))).andExpect(status().isOk());
		for (String user : new String[] { "editor1", "reviewer1", "legal1" }) {
			mvc.perform(get("/api/contents/{id}/evidence", contentId).with(as(user)).accept(MediaType.APPLICATION_JSON))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.detail").value("only compliance officers and admins export evidence"));
		}
		mvc.perform(get("/api/contents/{id}/evidence", contentId).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	void unknownContentHasNoDossierAndNoEvidence() throws Exception {
		mvc.perform(get("/api/contents/{id}", "no-such-content").with(as("compliance1"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/contents/{id}/evidence", "no-such-content").with(as("compliance1")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound());
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
