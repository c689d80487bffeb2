package io.postgate.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walks content through the approval process the way users do: every action is an API call with
 * HTTP Basic credentials; the engine is only read, to find tasks and jobs and to wait for the
 * asynchronous steps (screening, publishing) that Camunda's job executor runs. Every
 * {@link io.postgate.PostgateIntegrationTest} can have it autowired.
 */
@TestComponent
public final class ApprovalJourney {

	static final String PASSWORD = "demo";
	/** Screening runs LanguageTool on the job executor; the first check after start-up can take a while on a busy machine. */
	private static final Duration ASYNC_STEP = Duration.ofSeconds(120);

	private final MockMvc mvc;
	private final ObjectMapper json;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;
	private final Contents contents;

	public ApprovalJourney(MockMvc mvc, ObjectMapper json, RuntimeService runtime, TaskService tasks, ManagementService management, Contents contents) {
		this.mvc = mvc;
		this.json = json;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.contents = contents;
	}

	/** What an editor types into the draft form. */
	public record Draft(String title, String body, List<String> platforms, boolean sponsored, boolean crisis, Instant scheduledAt) {

		public static Draft clean(String... platforms) {
			return new Draft("Spring tea tasting", "Join our tea masters this Saturday for a guided tasting of fresh green teas. "
					+ "Seats are limited, so please sign up at the front desk.", List.of(platforms), false, false, null);
		}

		public Draft withBody(String newBody) {
			return new Draft(title, newBody, platforms, sponsored, crisis, scheduledAt);
		}

		public Draft withTitle(String newTitle) {
			return new Draft(newTitle, body, platforms, sponsored, crisis, scheduledAt);
		}

		public Draft asSponsored() {
			return new Draft(title, body, platforms, true, crisis, scheduledAt);
		}

		public Draft asCrisis() {
			return new Draft(title, body, platforms, sponsored, true, scheduledAt);
		}

		public Draft scheduledAt(Instant at) {
			return new Draft(title, body, platforms, sponsored, crisis, at);
		}
	}

	public String createDraft(String author, Draft draft) throws Exception {
		return read(mvc.perform(post("/api/contents").with(httpBasic(author, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(draft))).andExpect(status().isCreated())).get("id").asText();
	}

	public String createBrief(String planner, String owner, String theme, List<String> platforms, Instant targetPublishAt) throws Exception {
		Map<String, Object> brief = Map.of("theme", theme, "contentType", "article", "platforms", platforms, "owner", owner,
				"targetPublishAt", targetPublishAt.toString(), "notes", "Three paragraphs, one photo.");
		return read(mvc.perform(post("/api/briefs").with(httpBasic(planner, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(brief))).andExpect(status().isCreated())).get("id").asText();
	}

	public ResultActions revise(String user, String contentId, Draft draft) throws Exception {
		return mvc.perform(put("/api/contents/{id}", contentId).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(draft)));
	}

	public ResultActions submit(String user, String contentId) throws Exception {
		return mvc.perform(post("/api/contents/{id}/submit", contentId).with(httpBasic(user, PASSWORD)));
	}

	/** Creates a draft, submits it and waits until screening has routed it to editorial review. */
	public ProcessInstance inReview(String author, Draft draft) throws Exception {
		String contentId = createDraft(author, draft);
		submit(author, contentId).andExpect(status().isOk());
		return awaitWaitingAt(contentId, ProcessVariables.TASK_EDITORIAL_REVIEW);
	}

	/** Creates a draft, submits it and has the reviewer approve it: publishing starts (no scheduled time). */
	public ProcessInstance approved(String author, String reviewer, Draft draft) throws Exception {
		ProcessInstance instance = inReview(author, draft);
		decide(reviewer, instance.getBusinessKey(), ProcessVariables.TASK_EDITORIAL_REVIEW, "APPROVE", null);
		return instance;
	}

	public ResultActions attach(String user, String contentId, byte[] bytes, String fileName) throws Exception {
		return mvc.perform(multipart("/api/contents/{id}/attachments", contentId).file(new MockMultipartFile("file", fileName, null, bytes))
				.with(httpBasic(user, PASSWORD)));
	}

	public ResultActions withdraw(String user, String contentId) throws Exception {
		return mvc.perform(post("/api/contents/{id}/withdraw", contentId).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"campaign cancelled\"}"));
	}

	public ResultActions reschedule(String user, String contentId, Instant at) throws Exception {
		return mvc.perform(post("/api/contents/{id}/reschedule", contentId).with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("scheduledAt", at.toString()))));
	}

	public ResultActions claim(String user, String taskId) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/claim", taskId).with(httpBasic(user, PASSWORD)));
	}

	public ResultActions complete(String user, String taskId, String outcome, String comment) throws Exception {
		Map<String, Object> body = comment == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", comment);
		return mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)));
	}

	/** Claims the open task of the step and completes it with the outcome. */
	public void decide(String user, String contentId, String taskKey, String outcome, String comment) throws Exception {
		String taskId = task(contentId, taskKey).getId();
		claim(user, taskId).andExpect(status().isOk());
		complete(user, taskId, outcome, comment).andExpect(status().isNoContent());
	}

	public ResultActions retryPublishing(String user, String contentId) throws Exception {
		return mvc.perform(post("/api/admin/contents/{id}/retry-publishing", contentId).with(httpBasic(user, PASSWORD)));
	}

	public ProcessInstance instance(String contentId) {
		ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(contentId)
				.processDefinitionKey(ProcessVariables.PROCESS_KEY).singleResult();
		assertThat(instance).as("running process of content %s", contentId).isNotNull();
		return instance;
	}

	public Task task(String contentId, String taskKey) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(contentId).taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as("open task %s of content %s", taskKey, contentId).isNotNull();
		return task;
	}

	public Job timer(ProcessInstance instance, String activityId) {
		Job job = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
		assertThat(job).as("timer %s", activityId).isNotNull();
		return job;
	}

	public ContentStatus contentStatus(String contentId) {
		return contents.facts(contentId).status();
	}

	/** Waits for the job executor to carry the process to the activity; fails at once if a job raised an incident. */
	public ProcessInstance awaitWaitingAt(String contentId, String activityId) {
		ProcessInstance instance = instance(contentId);
		await("process of " + contentId + " waiting at " + activityId).atMost(ASYNC_STEP)
				.failFast(() -> assertThat(incidentsText(instance)).as("incidents").isEmpty())
				.until(() -> runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(activityId).count() > 0);
		return instance;
	}

	public void awaitEnded(ProcessInstance instance) {
		await("process " + instance.getId() + " ended").atMost(ASYNC_STEP)
				.failFast(() -> assertThat(incidentsText(instance)).as("incidents").isEmpty())
				.until(() -> runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0);
	}

	/** Waits for a job of the activity to have failed at least once (it may still have retries). */
	public Job awaitFailedJob(ProcessInstance instance, String activityId) {
		return await("a failed job at " + activityId).atMost(ASYNC_STEP)
				.until(() -> management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).withException()
						.singleResult(), job -> job != null);
	}

	public Incident awaitIncident(ProcessInstance instance) {
		return await("an incident").atMost(ASYNC_STEP)
				.until(() -> incidents(instance).stream().findFirst().orElse(null), incident -> incident != null);
	}

	public List<Incident> incidents(ProcessInstance instance) {
		return runtime.createIncidentQuery().processInstanceId(instance.getId()).list();
	}

	private String incidentsText(ProcessInstance instance) {
		return incidents(instance).stream().map(incident -> incident.getActivityId() + ": " + incident.getIncidentMessage())
				.collect(Collectors.joining("; "));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** A small PNG that is different for every seed: an image attachment or a screenshot. */
	public static byte[] png(int seed) throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(seed & 7, (seed >> 3) & 7, 0x2e7d32 + seed);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}
}
