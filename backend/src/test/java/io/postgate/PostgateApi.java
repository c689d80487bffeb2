package io.postgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The content and task API as an API client (HTTP Basic, demo password) uses it, for tests that need
 * content in a given state before they check what they are about.
 */
public final class PostgateApi {

	/** Screening runs on the job executor with LanguageTool; generous, as the build machine is shared. */
	public static final Duration ASYNC_STEP = Duration.ofSeconds(90);

	private final MockMvc mvc;
	private final ObjectMapper json;

	public PostgateApi(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public static RequestPostProcessor as(String username) {
		return httpBasic(username, "demo");
	}

	/** A campaign name no other test uses, to find one test's content and tasks among everything else. */
	public static String uniqueCampaign() {
		return "campaign-" + UUID.randomUUID().toString().substring(0, 13);
	}

	/** A draft that screening passes without blocking findings (English, short, LinkedIn, not sponsored). */
	public static Map<String, Object> cleanDraft(String campaign) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("title", "Planning notes for the spring calendar");
		draft.put("body", "Our team shares a few practical notes on planning a weekly content calendar. "
				+ "We hope they help you prepare your own schedule.");
		draft.put("platforms", new ArrayList<>(List.of("linkedin")));
		draft.put("sponsored", false);
		draft.put("crisis", false);
		draft.put("campaign", campaign);
		return draft;
	}

	public String json(Object value) throws Exception {
		return json.writeValueAsString(value);
	}

	public JsonNode read(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	public JsonNode createDraft(String author, Map<String, Object> draft) throws Exception {
		return read(mvc.perform(post("/api/contents").with(as(author)).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
				.andExpect(status().isCreated())
				.andReturn());
	}

	public JsonNode submit(String author, String contentId) throws Exception {
		return read(mvc.perform(post("/api/contents/{id}/submit", contentId).with(as(author))).andExpect(status().isOk()).andReturn());
	}

	public JsonNode content(String user, String contentId) throws Exception {
		return read(mvc.perform(get("/api/contents/{id}", contentId).with(as(user))).andExpect(status().isOk()).andReturn());
	}

	/** Creates and submits a draft, then waits until screening has finished with it; returns its id. */
	public String submittedAndScreened(String author, Map<String, Object> draft) throws Exception {
		String id = createDraft(author, draft).get("id").asText();
		submit(author, id);
		awaitStatusOtherThan(author, id, "SCREENING");
		return id;
	}

	public String awaitStatusOtherThan(String user, String contentId, String status) {
		return await().atMost(ASYNC_STEP).until(() -> content(user, contentId).get("status").asText(), actual -> !actual.equals(status));
	}

	public void awaitStatus(String user, String contentId, String status) {
		await().atMost(ASYNC_STEP).until(() -> content(user, contentId).get("status").asText(), status::equals);
	}

	/** The task list; {@code query} must be URL-encoded already. */
	public List<JsonNode> tasks(String user, String query) throws Exception {
		JsonNode list = read(mvc.perform(get(URI.create("/api/tasks?" + query)).with(as(user))).andExpect(status().isOk()).andReturn());
		List<JsonNode> tasks = new ArrayList<>();
		list.forEach(tasks::add);
		return tasks;
	}

	/** The open review or sign-off task of a content item as the given reviewer sees it. */
	public String reviewTask(String reviewer, String contentId, String campaign) throws Exception {
		List<JsonNode> tasks = tasks(reviewer, "campaign=" + campaign).stream()
				.filter(task -> task.get("contentId").asText().equals(contentId))
				.toList();
		assertThat(tasks).as("open tasks of %s for %s", reviewer, contentId).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	public void claim(String reviewer, String taskId) throws Exception {
		mvc.perform(post("/api/tasks/{id}/claim", taskId).with(as(reviewer))).andExpect(status().isOk());
	}

	public void complete(String reviewer, String taskId, String outcome, String comment) throws Exception {
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("outcome", outcome);
		decision.put("comment", comment);
		mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as(reviewer)).contentType(MediaType.APPLICATION_JSON).content(json(decision)))
				.andExpect(status().isNoContent());
	}
}
