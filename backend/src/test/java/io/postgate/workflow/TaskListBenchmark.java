package io.postgate.workflow;

import io.postgate.PostgateApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Task list latency with many open tasks: fills task_projection with N synthetic rows (ids "bench-…",
 * removed afterwards) and times GET /api/tasks pages over real HTTP with a logged-in session. Prints numbers;
 * asserts nothing.
 *
 * <pre>
 * ./mvnw -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.postgate.workflow.TaskListBenchmark \
 *   -Dexec.args="100000 jdbc:mysql://127.0.0.1:3306/postgate_bench root"
 * </pre>
 * With no JDBC URL it runs on an in-memory H2 database. The database must exist. {@code -Dbench.keep=true} keeps the
 * synthetic rows for the next run, which then skips the fill.
 */
public final class TaskListBenchmark {

	private static final String[] PLATFORMS = { "weibo", "wechat", "douyin", "xiaohongshu", "bilibili", "linkedin", "x", "instagram", "facebook" };

	private TaskListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--postgate.content.demo-content=false",
				"--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN",
				"--postgate.audit.checkpoint-directory=target/bench/checkpoints", "--postgate.audit.signing-key=target/bench/key.pem"));
		if (args.length > 1) {
			arguments.addAll(List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + args[1],
					"--spring.datasource.username=" + (args.length > 2 ? args[2] : "root"), "--spring.datasource.password=",
					"--postgate.identity.demo-users=true", "--postgate.identity.allow-demo-users-on-external-database=true"));
		}
		else {
			arguments.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		}
		try (ConfigurableApplicationContext context = SpringApplication.run(PostgateApplication.class, arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			Integer existing = jdbc.queryForObject("select count(*) from task_projection where task_id like 'bench-%'", Integer.class);
			if (existing == null || existing != rows) {
				jdbc.update("delete from task_projection where task_id like 'bench-%'");
				long filling = System.nanoTime();
				fill(jdbc, rows);
				System.out.printf("filled %,d open tasks in %.1f s%n", rows, (System.nanoTime() - filling) / 1e9);
			}
			System.out.printf("open tasks in the projection: %,d%n", jdbc.queryForObject("select count(*) from task_projection", Integer.class));
			HttpClient http = loggedIn(port);
			Map<String, String> queries = new LinkedHashMap<>();
			queries.put("first page by due", "/api/tasks?size=50");
			queries.put("platform=x", "/api/tasks?size=50&platform=x");
			queries.put("overdue=true", "/api/tasks?size=50&overdue=true");
			queries.put("crisis=true", "/api/tasks?size=50&crisis=true");
			queries.put("sort=priority", "/api/tasks?size=50&sort=priority");
			queries.put("page 100", "/api/tasks?size=50&page=100");
			queries.put("mine", "/api/tasks?size=50&mine=true");
			System.out.printf("%-24s %8s %8s %8s%n", "reviewer1, 50 rows", "p50 ms", "p95 ms", "max ms");
			for (Map.Entry<String, String> query : queries.entrySet()) {
				double[] times = time(http, port, query.getValue(), 50, 300);
				System.out.printf("%-24s %8.1f %8.1f %8.1f%n", query.getKey(), percentile(times, 50), percentile(times, 95), percentile(times, 100));
			}
			if (!Boolean.getBoolean("bench.keep")) {
				jdbc.update("delete from task_projection where task_id like 'bench-%'");
			}
		}
	}

	private static void fill(JdbcTemplate jdbc, int rows) {
		Random random = new Random(42);
		Instant now = Instant.now();
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String group = i % 3 == 0 ? "legal" : "reviewers";
			String platforms = "," + PLATFORMS[random.nextInt(PLATFORMS.length)] + "," + PLATFORMS[random.nextInt(PLATFORMS.length)] + ",";
			Timestamp due = Timestamp.from(now.plusSeconds(random.nextInt(7 * 24 * 3600) - 24 * 3600));
			batch.add(new Object[] { "bench-" + i, "bench-pi-" + i, "bench-c-" + i, "user_task_editorial_review", "Editorial review",
					i % 50 == 0 ? "reviewer1" : null, group, due, 50 + random.nextInt(3) * 15, random.nextInt(20) == 0, platforms,
					"campaign-" + random.nextInt(40), "Benchmark post " + i, Timestamp.from(now) });
			if (batch.size() == 5_000) {
				insert(jdbc, batch);
			}
		}
		insert(jdbc, batch);
	}

	private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into task_projection (task_id, process_instance_id, content_id, task_key, name, assignee, candidate_group, due, "
				+ "priority, crisis, platforms, campaign, title, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
		batch.clear();
	}

	/** A session like the React app's (HTTP Basic would pay a bcrypt check on every request). */
	private static HttpClient loggedIn(int port) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(), HttpResponse.BodyHandlers.discarding());
		String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
				.findFirst().orElseThrow().getValue();
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
				.header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"reviewer1\",\"password\":\"demo\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 200) {
			throw new IllegalStateException("login failed: " + login.body());
		}
		return http;
	}

	private static double[] time(HttpClient http, int port, String path, int warmUp, int measured) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
		double[] times = new double[measured];
		for (int i = 0; i < warmUp + measured; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			if (i >= warmUp) {
				times[i - warmUp] = (System.nanoTime() - started) / 1e6;
			}
		}
		return times;
	}

	private static double percentile(double[] times, int percentile) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}
}
