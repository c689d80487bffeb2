package io.postgate.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One Postgate node: the boot jar in its own JVM on its own port, killed with SIGKILL when the test says so. */
final class ClusterNode {

	private final String name;
	private final int port;
	private final List<String> command;
	private final Map<String, String> environment;
	private final Path log;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private volatile Process process;
	private int starts;

	ClusterNode(String name, Path jar, int port, List<String> jvmOptions, Map<String, String> environment, Path logDirectory) {
		this.name = name;
		this.port = port;
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.log = logDirectory.resolve(name + ".log");
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + port);
	}

	String name() {
		return name;
	}

	synchronized void start() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		builder.environment().put("PORT", Integer.toString(port));
		process = builder.start();
	}

	/** Waits until the node reports ready (engine up, screening warmed up). */
	void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest readiness = HttpRequest.newBuilder(uri().resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
			}
			try {
				if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
			LoadDriver.pause(Duration.ofSeconds(1));
		}
		throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
	}

	/** kill -9 of the node's JVM and of the extraction workers it started, as when its host or container dies. */
	synchronized void kill() {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		try {
			process.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** CPU time used so far by the node's JVM and the processes it started (extraction workers). */
	long cpuNanos() {
		ProcessHandle handle = process.toHandle();
		return Stream.concat(Stream.of(handle), handle.descendants())
				.mapToLong(part -> part.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
	}

	/** Runs a full GC in the node with jcmd and reports the heap in use afterwards (live heap). */
	String heapAfterFullGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
		return used.find() ? "%d MB used of %d MB committed".formatted(Long.parseLong(used.group(2)) / 1024, Long.parseLong(used.group(1)) / 1024)
				: "unknown (jcmd GC.heap_info gave no total/used line)";
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid()), command)
				.redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return output;
	}

	/** A normal shutdown at the end of the test. */
	synchronized void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					kill();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill();
			}
		}
	}
}
