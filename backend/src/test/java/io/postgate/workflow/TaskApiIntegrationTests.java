package io.postgate.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.BrowserSession;
import io.postgate.PostgateApi;
import io.postgate.PostgateIntegrationTest;
import io.postgate.review.SegregationOfDuties;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.postgate.PostgateApi.as;
import static io.postgate.PostgateApi.cleanDraft;
import static io.postgate.PostgateApi.uniqueCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task API: who sees which task, claim / unclaim / complete with their conflicts and refusals,
 * segregation of duties, and the task list's filters, sort and paging. Runs on H2 and on MariaDB.
 */
@PostgateIntegrationTest
class TaskApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	PostgateApi api;

	String campaign;

	@BeforeEach
	void setUp() {
		api = new PostgateApi(mvc, json);
		campaign = uniqueCampaign();
	}

	@Test
	void reviewersSeeTheReviewTaskButEditorsAndLegalDoNot() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		assertThat(api.content("editor1", id).get("status").asText()).isEqualTo("IN_REVIEW");

		for (String reviewer : List.of("reviewer1", "reviewer2", "lead1")) {
			List<JsonNode> tasks = api.tasks(reviewer, "campaign=" + campaign);
			assertThat(tasks).as("tasks of %s", reviewer).singleElement().satisfies(task -> {
				assertThat(task.get("contentId").asText()).isEqualTo(id);
				assertThat(task.get("name").asText()).isEqualTo("Editorial review");
				assertThat(task.get("taskKey").asText()).isEqualTo("user_task_editorial_review");
				assertThat(task.get("title").asText()).isEqualTo("Planning notes for the spring calendar");
				assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("reviewers");
				assertThat(task.has("assignee")).isFalse();
				assertThat(task.get("due").asText()).isNotEmpty();
			});
		}
		for (String other : List.of("editor1", "legal1", "compliance1")) {
			assertThat(api.tasks(other, "campaign=" + campaign)).as("tasks of %s", other).isEmpty();
		}
		String task = api.reviewTask("reviewer1", id, campaign);
		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("editor1"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("legal1"))).andExpect(status().isNotFound());
	}

	@Test
	void ownerSeesTheCreateDraftTaskButCompletesItBySubmitting() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();

		List<JsonNode> tasks = api.tasks("editor1", "mine=true&campaign=" + campaign);
		assertThat(tasks).singleElement().satisfies(task -> {
			assertThat(task.get("contentId").asText()).isEqualTo(id);
			assertThat(task.get("taskKey").asText()).isEqualTo("user_task_create_draft");
			assertThat(task.get("assignee").asText()).isEqualTo("editor1");
		});
		String taskId = tasks.get(0).get("id").asText();
		mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
						.content(decision("APPROVE", null)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("submitting the draft")));
		assertThat(api.tasks("reviewer1", "campaign=" + campaign)).isEmpty();
	}

	@Test
	void reviewerClaimsUnclaimsAndApproves() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		String task = api.reviewTask("reviewer1", id, campaign);
		BrowserSession browser = BrowserSession.loggedIn(mvc, "reviewer1");

		mvc.perform(post("/api/tasks/{id}/claim", task).with(browser.session())).andExpect(status().isForbidden());
		mvc.perform(post("/api/tasks/{id}/claim", task).with(browser.csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(task))
				.andExpect(jsonPath("$.assignee").value("reviewer1"));
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).singleElement()
				.satisfies(view -> assertThat(view.get("id").asText()).isEqualTo(task));
		assertThat(api.tasks("reviewer2", "mine=true&campaign=" + campaign)).isEmpty();

		mvc.perform(post("/api/tasks/{id}/unclaim", task).with(browser.csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.assignee").doesNotExist());
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).isEmpty();

		mvc.perform(post("/api/tasks/{id}/claim", task).with(browser.csrf())).andExpect(status().isOk());
		mvc.perform(post("/api/tasks/{id}/complete", task).with(browser.csrf()).contentType(MediaType.APPLICATION_JSON)
						.content(decision("APPROVE", "Clear and accurate.")))
				.andExpect(status().isNoContent());

		assertThat(api.content("editor1", id).get("approvedRevision").asInt()).isEqualTo(1);
		assertThat(api.tasks("reviewer1", "campaign=" + campaign)).isEmpty();
		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("reviewer1"))).andExpect(status().isNotFound());
		api.awaitStatus("editor1", id, "PUBLISHED");
	}

	@Test
	void completingWithoutClaimingIsAConflict() throws Exception {
		String task = reviewTaskOfNewContent();

		complete("reviewer1", task, decision("APPROVE", "Fine."))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("claim the task before completing it"));
	}

	@Test
	void onlyTheAssigneeCompletesOrReleasesAClaimedTask() throws Exception {
		String task = reviewTaskOfNewContent();
		api.claim("reviewer1", task);

		complete("reviewer2", task, decision("APPROVE", "Fine."))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("the task is claimed by reviewer1"));
		mvc.perform(post("/api/tasks/{id}/unclaim", task).with(as("reviewer2")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("only the assignee or an admin may release a task"));
		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("reviewer2")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("the task was claimed by someone else"));
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).hasSize(1);
	}

	@Test
	void anAdminReleasesATaskClaimedBySomeoneWhoIsAway() throws Exception {
		String task = reviewTaskOfNewContent();
		api.claim("reviewer1", task);

		mvc.perform(post("/api/tasks/{id}/unclaim", task).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.assignee").doesNotExist());
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).isEmpty();
		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("reviewer2"))).andExpect(status().isOk());
	}

	@Test
	void requestingChangesOrRejectingNeedsAComment() throws Exception {
		String task = reviewTaskOfNewContent();
		api.claim("reviewer1", task);

		for (String outcome : List.of("REQUEST_CHANGES", "REJECT")) {
			for (String comment : new String[] { null, "", "   " }) {
				complete("reviewer1", task, decision(outcome, comment))
						.andExpect(status().isBadRequest())
						.andExpect(jsonPath("$.detail", startsWith("comment:")));
			}
		}
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).hasSize(1);
	}

	@Test
	void unknownOrMissingOutcomeIsRejected() throws Exception {
		String task = reviewTaskOfNewContent();
		api.claim("reviewer1", task);

		complete("reviewer1", task, decision("PUBLISH_NOW", "Ship it"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("outcome:")));
		complete("reviewer1", task, "{\"comment\":\"no outcome\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.outcome").exists());
		complete("reviewer1", task, "{\"outcome\":\"APPROVE\",\"comment\":\"" + "x".repeat(4001) + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.comment").exists());
		complete("reviewer1", task, "not json").andExpect(status().isBadRequest());
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).hasSize(1);
	}

	@Test
	void overridingAFindingNeedsAReason() throws Exception {
		String task = reviewTaskOfNewContent();
		api.claim("reviewer1", task);

		complete("reviewer1", task, decision("APPROVE", "ok", disposition("OVERRIDDEN", null)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("dispositions:")));
		complete("reviewer1", task, decision("APPROVE", "ok", disposition("OVERRIDDEN", " ")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("dispositions:")));
		complete("reviewer1", task, decision("APPROVE", "ok", disposition("IGNORED", "because")))
				.andExpect(status().isBadRequest());
		Map<String, Object> withoutRule = disposition("ACCEPTED", null);
		withoutRule.remove("ruleId");
		complete("reviewer1", task, decision("APPROVE", "ok", withoutRule))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("ruleId")));
		assertThat(api.tasks("reviewer1", "mine=true&campaign=" + campaign)).hasSize(1);

		complete("reviewer1", task, decision("APPROVE", "ok", disposition("OVERRIDDEN", "house style allows it")))
				.andExpect(status().isNoContent());
	}

	@Test
	void authorCannotClaimTheReviewOfOwnContent() throws Exception {
		String id = api.submittedAndScreened("lead1", cleanDraft(campaign));
		String task = api.reviewTask("lead1", id, campaign);

		mvc.perform(post("/api/tasks/{id}/claim", task).with(as("lead1")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(SegregationOfDuties.OWN_CONTENT))
				.andExpect(jsonPath("$.detail").value("authors cannot review or sign off their own content"));
		assertThat(api.tasks("lead1", "mine=true&campaign=" + campaign)).isEmpty();
	}

	@Test
	void requestedChangesGoBackToTheAuthorWhoRevisesAndResubmits() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		String task = api.reviewTask("reviewer1", id, campaign);
		api.claim("reviewer1", task);
		api.complete("reviewer1", task, "REQUEST_CHANGES", "Please add a call to action.");
		api.awaitStatus("editor1", id, "CHANGES_REQUESTED");

		Map<String, Object> revised = cleanDraft(campaign);
		revised.put("body", "Our team shares a few practical notes on planning a weekly content calendar. Read the full guide on our site.");
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(revised)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.revision").value(2))
				.andExpect(jsonPath("$.status").value("CHANGES_REQUESTED"));
		api.submit("editor1", id);
		assertThat(api.awaitStatusOtherThan("editor1", id, "SCREENING")).isEqualTo("IN_REVIEW");

		String second = api.reviewTask("reviewer2", id, campaign);
		assertThat(second).isNotEqualTo(task);
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(revised)))
				.andExpect(status().isConflict());
	}

	@Test
	void rejectionEndsTheContent() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		String task = api.reviewTask("reviewer2", id, campaign);
		api.claim("reviewer2", task);
		api.complete("reviewer2", task, "REJECT", "Off-brand for this channel.");

		api.awaitStatus("editor1", id, "REJECTED");
		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1"))).andExpect(status().isConflict());
		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("editor1"))).andExpect(status().isConflict());
	}

	@Test
	void concurrentClaimByTwoReviewersHasOneWinner() throws Exception {
		String task = reviewTaskOfNewContent();
		CyclicBarrier start = new CyclicBarrier(2);
		Map<String, CompletableFuture<Integer>> claims = new LinkedHashMap<>();
		for (String reviewer : List.of("reviewer1", "reviewer2")) {
			claims.put(reviewer, CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return claimOverHttp(reviewer, task);
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		Map<String, Integer> statuses = new LinkedHashMap<>();
		claims.forEach((reviewer, claim) -> statuses.put(reviewer, claim.join()));

		assertThat(statuses.values()).containsExactlyInAnyOrder(200, 409);
		String winner = statuses.get("reviewer1") == 200 ? "reviewer1" : "reviewer2";
		assertThat(api.tasks(winner, "mine=true&campaign=" + campaign)).singleElement()
				.satisfies(view -> assertThat(view.get("assignee").asText()).isEqualTo(winner));
	}

	@Test
	void taskListFiltersByPlatformCrisisCandidateGroupAndOverdue() throws Exception {
		String normal = api.submittedAndScreened("editor1", cleanDraft(campaign));
		Map<String, Object> crisisDraft = cleanDraft(campaign);
		crisisDraft.put("platforms", List.of("weibo"));
		crisisDraft.put("crisis", true);
		crisisDraft.put("title", "Statement on the delivery delays");
		crisisDraft.put("body", "We are sorry that some deliveries are late this week. Our team is working to get every order to you soon.");
		String crisis = api.submittedAndScreened("editor1", crisisDraft);
		String tasks = "campaign=" + campaign;

		assertThat(contentIds("reviewer1", tasks)).containsExactlyInAnyOrder(normal, crisis);
		assertThat(contentIds("reviewer1", tasks + "&platform=weibo")).containsExactly(crisis);
		assertThat(contentIds("reviewer1", tasks + "&platform=LinkedIn")).containsExactly(normal);
		assertThat(contentIds("reviewer1", tasks + "&platform=x")).isEmpty();
		assertThat(contentIds("reviewer1", tasks + "&crisis=true")).containsExactly(crisis);
		assertThat(contentIds("reviewer1", tasks + "&crisis=false")).containsExactly(normal);
		assertThat(contentIds("reviewer1", tasks + "&candidateGroup=reviewers")).containsExactlyInAnyOrder(normal, crisis);
		assertThat(contentIds("reviewer1", tasks + "&candidateGroup=legal")).isEmpty();
		assertThat(contentIds("reviewer1", tasks + "&overdue=true")).isEmpty();
		assertThat(contentIds("reviewer1", tasks + "&overdue=false")).containsExactlyInAnyOrder(normal, crisis);

		JsonNode crisisTask = api.tasks("reviewer1", tasks + "&crisis=true").get(0);
		JsonNode normalTask = api.tasks("reviewer1", tasks + "&crisis=false").get(0);
		assertThat(crisisTask.get("crisis").asBoolean()).isTrue();
		assertThat(crisisTask.get("priority").asInt()).isGreaterThan(normalTask.get("priority").asInt());
		Duration crisisSla = Duration.between(Instant.parse(crisisTask.get("created").asText()),
				Instant.parse(crisisTask.get("due").asText()));
		assertThat(crisisSla).isLessThanOrEqualTo(Duration.ofHours(2).plusMinutes(1));

		Date now = ClockUtil.getCurrentTime();
		try {
			ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofHours(3).toMillis()));
			assertThat(contentIds("reviewer1", tasks + "&overdue=true")).containsExactly(crisis);
			assertThat(contentIds("reviewer1", tasks + "&overdue=false")).containsExactly(normal);
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void taskListSortsByPriorityOrDueDateAndPages() throws Exception {
		String normal = api.submittedAndScreened("editor1", cleanDraft(campaign));
		Map<String, Object> crisisDraft = cleanDraft(campaign);
		crisisDraft.put("crisis", true);
		String crisis = api.submittedAndScreened("editor1", crisisDraft);
		String another = api.submittedAndScreened("editor1", cleanDraft(campaign));
		String tasks = "campaign=" + campaign;

		List<String> byPriority = contentIds("reviewer1", tasks + "&sort=priority");
		assertThat(byPriority).hasSize(3);
		assertThat(byPriority.get(0)).isEqualTo(crisis);
		List<String> byDue = contentIds("reviewer1", tasks + "&sort=due");
		assertThat(byDue).containsExactlyInAnyOrder(crisis, normal, another);
		assertThat(byDue.get(0)).as("the crisis SLA is due first").isEqualTo(crisis);

		List<String> firstPage = contentIds("reviewer1", tasks + "&sort=due&size=2&page=0");
		List<String> secondPage = contentIds("reviewer1", tasks + "&sort=due&size=2&page=1");
		assertThat(firstPage).hasSize(2).doesNotContainAnyElementsOf(secondPage);
		assertThat(secondPage).hasSize(1);
		assertThat(firstPage.get(0)).isEqualTo(crisis);
		assertThat(contentIds("reviewer1", tasks + "&size=2&page=5")).isEmpty();
	}

	@Test
	void badTaskListParametersAreRejectedNamingThem() throws Exception {
		badTaskQuery("sort=newest", "sort:");
		badTaskQuery("sort=" + URLEncoder.encode("due; DROP TABLE ACT_RU_TASK", StandardCharsets.UTF_8), "sort:");
		badTaskQuery("page=-1", "page:");
		badTaskQuery("size=0", "size:");
		badTaskQuery("size=10000", "size:");
		badTaskQuery("page=2147483648", "page:");
		badTaskQuery("crisis=maybe", "crisis:");
		badTaskQuery("overdue=soon", "overdue:");
		badTaskQuery("platform=myspace", "platform:");
		badTaskQuery("platform=" + URLEncoder.encode("weibo' OR '1'='1", StandardCharsets.UTF_8), "platform:");
		badTaskQuery("campaign=" + "c".repeat(101), "campaign:");
		mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
	}

	@Test
	void sqlInjectionLookingTaskFiltersAreTreatedAsPlainValues() throws Exception {
		reviewTaskOfNewContent();
		for (String value : List.of("x' OR '1'='1", "reviewers' --", "%", "\"; DELETE FROM ACT_RU_TASK; --")) {
			String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
			assertThat(api.tasks("reviewer1", "campaign=" + encoded)).as("campaign %s", value).isEmpty();
			assertThat(api.tasks("reviewer1", "candidateGroup=" + encoded)).as("candidateGroup %s", value).isEmpty();
		}
		assertThat(api.tasks("reviewer1", "campaign=" + campaign)).hasSize(1);
	}

	@Test
	void unknownTasksAreNotFound() throws Exception {
		String id = UUID.randomUUID().toString();
		mvc.perform(post("/api/tasks/{id}/claim", id).with(as("reviewer1")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/tasks/{id}/unclaim", id).with(as("reviewer1"))).andExpect(status().isNotFound());
		complete("reviewer1", id, decision("APPROVE", "ok")).andExpect(status().isNotFound());
		mvc.perform(post("/api/tasks/{id}/claim", id).with(BrowserSession.anonymous(mvc).csrf())).andExpect(status().isUnauthorized());
	}

	// --- helpers ---

	private String reviewTaskOfNewContent() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		return api.reviewTask("reviewer1", id, campaign);
	}

	private ResultActions complete(String user, String task, String body) throws Exception {
		return mvc.perform(post("/api/tasks/{id}/complete", task).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private void badTaskQuery(String query, String field) throws Exception {
		mvc.perform(get(URI.create("/api/tasks?" + query)).with(as("reviewer1")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith(field)));
	}

	private List<String> contentIds(String user, String query) throws Exception {
		List<String> ids = new ArrayList<>();
		api.tasks(user, query).forEach(task -> ids.add(task.get("contentId").asText()));
		return ids;
	}

	private String decision(String outcome, String comment, Map<?, ?>... dispositions) throws Exception {
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("outcome", outcome);
		decision.put("comment", comment);
		if (dispositions.length > 0) {
			decision.put("dispositions", List.of(dispositions));
		}
		return api.json(decision);
	}

	private static Map<String, Object> disposition(String kind, String reason) {
		Map<String, Object> disposition = new LinkedHashMap<>();
		disposition.put("ruleId", "spelling.morfologik");
		disposition.put("start", 12);
		disposition.put("disposition", kind);
		disposition.put("reason", reason);
		return disposition;
	}

	private int claimOverHttp(String user, String task) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks/" + task + "/claim"))
				.header("Authorization", "Basic " + credentials)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
		return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
	}
}
