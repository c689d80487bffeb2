package io.postgate.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.postgate.publishing.WebhookReceiver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Two Postgate nodes on one MariaDB database, a webhook receiver and the load driver: N drafts are submitted,
 * approved, scheduled and published, while one node is killed with SIGKILL in the middle of screening and the other
 * in the middle of publishing, each restarted at once. Then {@link ClusterInvariants} must hold. Exits 0 or 1.
 * Started by {@code scripts/crash-test.sh N}, which builds the jar and creates an empty database.
 *
 * <p>Arguments: N, boot jar, JDBC URL of the empty database, database user, work directory.
 * System properties: {@code crash.ports} (the nodes' and the screening worker's, default 18091,18092,18094),
 * {@code crash.kills} (screening,publishing or a subset; default both), {@code crash.screening} ({@code embedded}, or
 * {@code external}: the nodes hand screening to a third process, the screening worker, which is then the one killed
 * during screening), {@code crash.words} (post length, default 300), {@code crash.threads} (driver threads, 4).
 */
public final class CrashTest {

	private static final Duration START = Duration.ofMinutes(10);
	private static final List<String> JVM = List.of("-Xmx768m", "-Duser.timezone=UTC");

	private CrashTest() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		Path jar = Path.of(args[1]);
		String jdbcUrl = args[2];
		String dbUser = args[3];
		Path work = Files.createDirectories(Path.of(args[4]));
		Set<String> kills = Set.of(System.getProperty("crash.kills", "screening,publishing").split(","));
		String[] ports = System.getProperty("crash.ports", "18091,18092,18094").split(",");
		boolean external = System.getProperty("crash.screening", "embedded").equals("external");
		ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
		Instant began = Instant.now();

		Map<String, String> environment = environment(jdbcUrl, dbUser, work, external);
		List<ClusterNode> nodes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			nodes.add(new ClusterNode("node" + (i + 1), jar, Integer.parseInt(ports[i]), JVM, environment, work));
		}
		List<ClusterNode> processes = new ArrayList<>(nodes);
		ClusterNode worker = null;
		if (external) {
			Map<String, String> workerEnvironment = new HashMap<>(environment);
			workerEnvironment.put("SPRING_PROFILES_ACTIVE", "mysql,screening-worker");
			workerEnvironment.put("POSTGATE_SCREENING_LOCK", "PT30S");
			worker = new ClusterNode("screening-worker", jar, Integer.parseInt(ports[2]), JVM, workerEnvironment, work);
			processes.add(worker);
		}
		// Interrupted (Ctrl-C, a CI timeout): do not leave the nodes running.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(ClusterNode::stop)));
		boolean passed = false;
		try (WebhookReceiver receiver = new WebhookReceiver(LoadDriver.WEBHOOK_SECRET, json)) {
			// One node first: it creates Camunda's schema and runs Flyway; then the second joins.
			for (ClusterNode node : processes) {
				node.start();
				node.awaitReady(START);
				log(began, node.name() + " ready at " + node.uri());
			}
			LoadDriver driver = new LoadDriver(nodes.stream().map(ClusterNode::uri).toList(), Integer.getInteger("crash.threads", 4),
					Integer.getInteger("crash.words", 300), json);
			try {
				driver.pointChannelsAt(receiver.url());
				List<String> ids = driver.createDrafts(n);
				log(began, n + " drafts created (campaign " + driver.campaign() + ")");

				CompletableFuture<Void> submitting = CompletableFuture.runAsync(() -> driver.submit(ids));
				CompletableFuture<Void> restarted = CompletableFuture.completedFuture(null);
				if (kills.contains("screening")) {
					driver.awaitScreened(ids, Math.max(1, n / 4), Duration.ofMinutes(10));
					restarted = killAndRestart(external ? worker : nodes.get(0), "screening", driver, ids, began);
				}
				submitting.join();
				log(began, "all submitted: " + driver.statusCounts(ids));
				driver.approveAll(ids, Duration.ofMinutes(10 + n / 20));
				log(began, "all approved: " + driver.statusCounts(ids));
				restarted.join();

				Instant publishAt = Instant.now().plusSeconds(20 + n / 10);
				driver.reschedule(ids, publishAt);
				log(began, "all rescheduled to " + publishAt);
				if (kills.contains("publishing")) {
					driver.awaitStatus(ids, Set.of("PUBLISHED"), Math.max(1, n / 4), Duration.ofMinutes(10));
					restarted = killAndRestart(nodes.get(1), "publishing", driver, ids, began);
				}
				driver.awaitStatus(ids, Set.of("PUBLISHED"), n, Duration.ofMinutes(10 + n / 20));
				restarted.join();
				log(began, "all published: " + driver.statusCounts(ids));

				ClusterInvariants result = ClusterInvariants.check(ids, driver, receiver, jdbcUrl, dbUser);
				result.facts().forEach(fact -> log(began, "ok: " + fact));
				result.failures().forEach(failure -> log(began, "FAILED: " + failure));
				passed = result.passed();
				log(began, (passed ? "PASSED" : "FAILED") + ": crash test with N=" + n + ", kills " + kills + ", screening "
						+ (external ? "by a worker process" : "on the nodes"));
			}
			finally {
				driver.close();
			}
		}
		finally {
			processes.forEach(ClusterNode::stop);
		}
		System.exit(passed ? 0 : 1);
	}

	private static CompletableFuture<Void> killAndRestart(ClusterNode node, String during, LoadDriver driver, List<String> ids, Instant began) {
		log(began, "kill -9 " + node.name() + " during " + during + ": " + driver.statusCounts(ids));
		node.kill();
		return CompletableFuture.runAsync(() -> {
			try {
				node.start();
				node.awaitReady(START);
				log(began, node.name() + " restarted and ready");
			}
			catch (Exception e) {
				throw new IllegalStateException("restart of " + node.name() + " failed", e);
			}
		});
	}

	private static Map<String, String> environment(String jdbcUrl, String dbUser, Path work, boolean externalScreening) {
		Map<String, String> environment = new HashMap<>();
		environment.put("POSTGATE_SCREENING_MODE", externalScreening ? "external" : "embedded");
		environment.put("SPRING_PROFILES_ACTIVE", "mysql");
		environment.put("POSTGATE_DB_URL", jdbcUrl);
		environment.put("POSTGATE_DB_USER", dbUser);
		environment.put("POSTGATE_DB_PASSWORD", "");
		// Load-test users: the demo users, allowed on this throw-away database.
		environment.put("POSTGATE_DEMO_USERS", "true");
		environment.put("POSTGATE_ALLOW_DEMO_USERS", "true");
		// Both nodes share the data directory (attachments, channel key, audit checkpoints and signing key).
		environment.put("POSTGATE_DATA_DIR", work.resolve("data").toString());
		// A killed node's jobs are taken over after 30 s instead of 5 min.
		environment.put("POSTGATE_JOB_LOCK_TIME_MILLIS", "30000");
		environment.put("TZ", "UTC");
		return environment;
	}

	private static void log(Instant began, String message) {
		System.out.printf("[%6.1f s] %s%n", Duration.between(began, Instant.now()).toMillis() / 1000.0, message);
	}
}
