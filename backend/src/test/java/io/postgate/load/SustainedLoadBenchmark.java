package io.postgate.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sustained load on one Postgate node (java -Xmx768m -jar, MariaDB, screening on): {@code rate} submissions of
 * 300-word posts per second for {@code minutes}, after a minute of warm-up at the same rate (the drafts are written
 * before each phase; the figures cover the submissions). Prints submit → review
 * task visible (p50/p95/max: from sending the submit until the item is IN_REVIEW, which commits together with the
 * editorial review task and its task-list row), throughput, the node's CPU (its JVM and its extraction worker) and its
 * live heap after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}). Asserts nothing.
 *
 * <pre>
 * scripts/load-benchmark.sh 2 10     # 2 submissions/s for 10 minutes
 * </pre>
 * Arguments: rate, minutes, boot jar, JDBC URL of an empty database, database user, work directory. The task list
 * at 100,000 open tasks is measured by {@code workflow.TaskListBenchmark}.
 */
public final class SustainedLoadBenchmark {

	private SustainedLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		double rate = Double.parseDouble(args[0]);
		Duration measured = Duration.ofMinutes(Long.parseLong(args[1]));
		Path work = Files.createDirectories(Path.of(args[5]));
		ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
		Map<String, String> environment = new HashMap<>(Map.of("SPRING_PROFILES_ACTIVE", "mysql", "POSTGATE_DB_URL", args[3],
				"POSTGATE_DB_USER", args[4], "POSTGATE_DB_PASSWORD", "", "POSTGATE_DEMO_USERS", "true", "POSTGATE_ALLOW_DEMO_USERS", "true",
				"POSTGATE_DATA_DIR", work.resolve("data").toString(), "TZ", "UTC"));
		ClusterNode node = new ClusterNode("benchmark-node", Path.of(args[2]), 18091, List.of("-Xmx768m", "-Duser.timezone=UTC"), environment, work);
		Runtime.getRuntime().addShutdownHook(new Thread(node::stop));
		node.start();
		node.awaitReady(Duration.ofMinutes(10));
		LoadDriver driver = new LoadDriver(List.of(node.uri()), 8, 300, json);
		try {
			run(driver, driver.createDrafts((int) Math.round(rate * 60)), rate);
			List<String> drafts = driver.createDrafts((int) Math.round(rate * measured.toSeconds()));
			long cpuBefore = node.cpuNanos();
			Instant began = Instant.now();
			List<Double> latencies = run(driver, drafts, rate);
			double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
			double cpu = (node.cpuNanos() - cpuBefore) / 1e9 / seconds;
			Collections.sort(latencies);
			Map<String, String> figures = new LinkedHashMap<>();
			figures.put("submissions", Integer.toString(latencies.size()));
			figures.put("throughput", "%.2f screened posts/s over %.0f s".formatted(latencies.size() / seconds, seconds));
			figures.put("submit -> review task visible", "p50 %.0f ms, p95 %.0f ms, max %.0f ms".formatted(percentile(latencies, 50),
					percentile(latencies, 95), percentile(latencies, 100)));
			figures.put("CPU of the node and its extraction worker", "%.2f cores on average".formatted(cpu));
			figures.put("live heap after a full GC", node.heapAfterFullGc());
			figures.put("machine load average (1 min) at the end", "%.1f".formatted(
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
			figures.forEach((name, value) -> System.out.printf("%-44s %s%n", name, value));
		}
		finally {
			driver.close();
			node.stop();
		}
		System.exit(0);
	}

	/** Submits the drafts at the rate; returns each submission's milliseconds until it was IN_REVIEW. */
	private static List<Double> run(LoadDriver driver, List<String> drafts, double rate) throws InterruptedException {
		int count = drafts.size();
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		ExecutorService submitters = Executors.newCachedThreadPool();
		long period = Math.round(1_000_000_000 / rate);
		for (int i = 0; i < count; i++) {
			String id = drafts.get(i);
			pacer.schedule(() -> submitters.submit(() -> latencies.add(driver.submitAndAwaitReview(id))), i * period, TimeUnit.NANOSECONDS);
		}
		pacer.shutdown();
		pacer.awaitTermination(Math.round(count / rate) + 60, TimeUnit.SECONDS);
		submitters.shutdown();
		submitters.awaitTermination(10, TimeUnit.MINUTES);
		return new ArrayList<>(latencies);
	}

	private static double percentile(List<Double> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}
}
