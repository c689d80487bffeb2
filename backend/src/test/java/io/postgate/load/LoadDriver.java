package io.postgate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.publishing.WebhookReceiver;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Drives content through the approval process over HTTP, as the load test's users: editor1 writes and submits,
 * reviewer1 and reviewer2 approve, legal1 signs off sponsored posts, admin points the LinkedIn and Facebook channels
 * at a local {@link WebhookReceiver}, compliance1 watches the statuses and verifies the audit chain. Every step is
 * a sweep that can be repeated, so a node dying in the middle of one only delays it.
 */
final class LoadDriver {

	static final String WEBHOOK_SECRET = "load-test-webhook-secret";
	private static final Set<String> SCREENED = Set.of("IN_REVIEW", "LEGAL_REVIEW", "SCHEDULED", "PUBLISHING", "PUBLISHED");

	private final ObjectMapper json;
	private final PostgateClient editor;
	private final List<PostgateClient> reviewers;
	private final PostgateClient legal;
	private final PostgateClient admin;
	private final PostgateClient compliance;
	private final ExecutorService workers;
	private final PostBodies bodies;
	private final String campaign = "load-" + Long.toString(System.currentTimeMillis(), 36);

	LoadDriver(List<URI> nodes, int threads, int words, ObjectMapper json) {
		this.json = json;
		this.editor = new PostgateClient(nodes, "editor1", "demo", json, 0);
		this.reviewers = List.of(new PostgateClient(nodes, "reviewer1", "demo", json, 0), new PostgateClient(nodes, "reviewer2", "demo", json, 1));
		this.legal = new PostgateClient(nodes, "legal1", "demo", json, 1);
		this.admin = new PostgateClient(nodes, "admin", "demo", json, 0);
		this.compliance = new PostgateClient(nodes, "compliance1", "demo", json, 1);
		this.workers = Executors.newFixedThreadPool(threads);
		this.bodies = new PostBodies(words);
	}

	/** Both platforms the drafts use publish to the receiver's webhook. */
	void pointChannelsAt(String receiverUrl) {
		for (String platform : List.of("linkedin", "facebook")) {
			Map<String, Object> channel = Map.of("platform", platform, "accountName", "load-test", "adapter", "WEBHOOK", "url", receiverUrl,
					"secret", WEBHOOK_SECRET, "allowHttp", true, "allowLoopback", true);
			JsonNode existing = find(admin.get("/api/admin/channels"), "platform", platform);
			if (existing == null) {
				admin.post("/api/admin/channels", channel);
			}
			else {
				admin.put("/api/admin/channels/" + existing.get("id").asText(), channel);
			}
		}
	}

	/** Creates n drafts: every third sponsored (legal sign-off), every fourth also for Facebook. Scheduled in a day. */
	List<String> createDrafts(int n) {
		Instant later = Instant.now().plus(Duration.ofDays(1));
		return parallel(range(n), i -> {
			Map<String, Object> draft = new LinkedHashMap<>();
			boolean sponsored = i % 3 == 0;
			draft.put("title", (sponsored ? "#ad " : "") + "Load test post " + i + " of " + campaign);
			draft.put("body", bodies.body(i));
			draft.put("platforms", i % 4 == 0 ? List.of("linkedin", "facebook") : List.of("linkedin"));
			draft.put("sponsored", sponsored);
			draft.put("crisis", false);
			draft.put("campaign", campaign);
			draft.put("scheduledAt", later.toString());
			return editor.post("/api/contents", draft).get("id").asText();
		});
	}

	/** Submits every draft; a submit repeated after a lost answer finds the item submitted (409) and is fine. */
	void submit(List<String> ids) {
		parallel(ids, id -> {
			try {
				return editor.post("/api/contents/" + id + "/submit", null);
			}
			catch (PostgateClient.ApiError refused) {
				if (refused.status == 409 && !editor.get("/api/contents/" + id).get("status").asText().equals("DRAFT")) {
					return null;
				}
				throw refused;
			}
		});
	}

	/** Submits the draft and polls its status every 50 ms until screening routed it to review; returns the milliseconds. */
	double submitAndAwaitReview(String id) {
		long start = System.nanoTime();
		editor.post("/api/contents/" + id + "/submit", null);
		while (true) {
			String status = editor.get("/api/contents/" + id).get("status").asText();
			if (status.equals("IN_REVIEW")) {
				return (System.nanoTime() - start) / 1e6;
			}
			if (!status.equals("SCREENING")) {
				throw new IllegalStateException(id + " went to " + status + " instead of review");
			}
			pause(Duration.ofMillis(50));
		}
	}

	/** Approves review and sign-off tasks as they appear until every item is SCHEDULED or further. */
	void approveAll(List<String> ids, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (countIn(ids, Set.of("SCHEDULED", "PUBLISHING", "PUBLISHED")) < ids.size()) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("not every item approved within " + timeout + ": " + statusCounts(ids));
			}
			int decided = 0;
			for (int r = 0; r < reviewers.size(); r++) {
				decided += decide(reviewers.get(r), "user_task_editorial_review", r, reviewers.size());
			}
			decided += decide(legal, "user_task_legal_signoff", 0, 1);
			if (decided == 0) {
				pause(Duration.ofSeconds(1));
			}
		}
	}

	/** Moves every item's publish time to {@code at}. */
	void reschedule(List<String> ids, Instant at) {
		parallel(ids, id -> editor.post("/api/contents/" + id + "/reschedule", Map.of("scheduledAt", at.toString())));
	}

	void awaitStatus(List<String> ids, Set<String> wanted, int atLeast, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (countIn(ids, wanted) < atLeast) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("fewer than " + atLeast + " items in " + wanted + " after " + timeout + ": " + statusCounts(ids));
			}
			pause(Duration.ofSeconds(1));
		}
	}

	void awaitScreened(List<String> ids, int atLeast, Duration timeout) {
		awaitStatus(ids, SCREENED, atLeast, timeout);
	}

	/** How many of the items are in one of the statuses, counted from compliance's content list. */
	int countIn(Collection<String> ids, Set<String> statuses) {
		Map<String, String> all = statuses(ids);
		return (int) all.values().stream().filter(statuses::contains).count();
	}

	Map<String, Long> statusCounts(Collection<String> ids) {
		Map<String, Long> counts = new TreeMap<>();
		statuses(ids).values().forEach(status -> counts.merge(status, 1L, Long::sum));
		return counts;
	}

	/** The status of each item, from compliance's paged content list (size 200). */
	Map<String, String> statuses(Collection<String> ids) {
		Set<String> wanted = Set.copyOf(ids);
		Map<String, String> statuses = new ConcurrentHashMap<>();
		for (int page = 0; ; page++) {
			JsonNode result = compliance.get("/api/contents?size=200&page=" + page);
			for (JsonNode item : result.get("content")) {
				if (wanted.contains(item.get("id").asText())) {
					statuses.put(item.get("id").asText(), item.get("status").asText());
				}
			}
			if (page + 1 >= result.get("page").get("totalPages").asInt()) {
				return statuses;
			}
		}
	}

	JsonNode verifyAudit() {
		return compliance.get("/api/audit/verify");
	}

	/** Open tasks of this run's campaign that the user may see (their groups' and their own). */
	List<JsonNode> openTasks(PostgateClient user) {
		List<JsonNode> tasks = new ArrayList<>();
		for (int page = 0; ; page++) {
			JsonNode result = user.get("/api/tasks?size=200&campaign=" + campaign + "&page=" + page);
			result.forEach(tasks::add);
			if (result.size() < 200) {
				return tasks;
			}
		}
	}

	String campaign() {
		return campaign;
	}

	void close() {
		workers.shutdownNow();
	}

	/** Claims and approves this user's share (by content id) of the open tasks of one step; returns how many. */
	private int decide(PostgateClient user, String taskKey, int share, int shares) {
		List<JsonNode> mine = openTasks(user).stream().filter(task -> task.get("taskKey").asText().equals(taskKey))
				.filter(task -> Math.floorMod(task.get("contentId").asText().hashCode(), shares) == share).toList();
		List<Boolean> done = parallel(mine, task -> {
			String id = task.get("id").asText();
			try {
				if (!task.hasNonNull("assignee")) {
					user.post("/api/tasks/" + id + "/claim", null);
				}
				user.post("/api/tasks/" + id + "/complete", Map.of("outcome", "APPROVE", "comment", "load test"));
				return true;
			}
			catch (PostgateClient.ApiError raced) {
				// A repeat after a lost answer, or a task completed meanwhile: the next sweep sees the real state.
				return false;
			}
		});
		return (int) done.stream().filter(Boolean::booleanValue).count();
	}

	private <T, R> List<R> parallel(Collection<T> inputs, Function<T, R> action) {
		List<Future<R>> futures = inputs.stream().map(input -> workers.submit(() -> action.apply(input))).toList();
		List<R> results = new ArrayList<>();
		for (Future<R> future : futures) {
			try {
				results.add(future.get());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
			catch (ExecutionException e) {
				throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
			}
		}
		return results;
	}

	private static List<Integer> range(int n) {
		return IntStream.range(0, n).boxed().toList();
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode element : array) {
			if (element.path(field).asText().equals(value)) {
				return element;
			}
		}
		return null;
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}
}
