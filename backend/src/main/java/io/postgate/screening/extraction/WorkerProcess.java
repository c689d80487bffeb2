package io.postgate.screening.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One extraction child JVM and its pipes. Not thread-safe: the pool hands it to one caller at a time.
 * Each child gets a private temp directory (Tika spools some formats to disk), removed when it stops,
 * so a killed child leaves nothing behind.
 */
final class WorkerProcess {

	/** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
	private static final int OUT_OF_MEMORY_EXIT = 3;

	private final Process process;

	private final Path tempDir;

	private final DataOutputStream toChild;

	private final DataInputStream fromChild;

	private WorkerProcess(Process process, Path tempDir) {
		this.process = process;
		this.tempDir = tempDir;
		this.toChild = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 64 * 1024));
		this.fromChild = new DataInputStream(new BufferedInputStream(process.getInputStream(), 64 * 1024));
	}

	/** Starts a child and waits until it has warmed up and says it is ready. */
	static WorkerProcess start(ExtractionConfig config, ScheduledExecutorService watchdog) throws IOException {
		Path tempDir = Files.createTempDirectory("postgate-extraction-");
		Process process;
		try {
			process = new ProcessBuilder(WorkerCommand.forConfig(config, tempDir))
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
		}
		catch (IOException ex) {
			deleteRecursively(tempDir);
			throw ex;
		}
		WorkerProcess worker = new WorkerProcess(process, tempDir);
		AtomicBoolean killed = new AtomicBoolean();
		ScheduledFuture<?> deadline = worker.killAfter(config.workerStartTimeout(), killed, watchdog);
		try {
			int ready = worker.fromChild.readInt();
			if (ready != WireFormat.READY) {
				throw new IOException("extraction worker sent " + ready + " instead of READY");
			}
			return worker;
		}
		catch (IOException ex) {
			worker.stop();
			throw new IOException("extraction worker did not start" + (killed.get() ? " in time" : ""), ex);
		}
		finally {
			deadline.cancel(false);
		}
	}

	/**
	 * Sends one file and waits for the answer. A child that overruns {@code timeout} is killed; a child
	 * that dies is reported by how it died. Either way the caller must {@link #stop()} and replace it.
	 */
	WorkerReply exchange(String fileName, byte[] content, Duration timeout, int maxTextChars,
			ScheduledExecutorService watchdog) {
		AtomicBoolean killed = new AtomicBoolean();
		ScheduledFuture<?> deadline = killAfter(timeout, killed, watchdog);
		try {
			WireFormat.writeRequest(toChild, fileName, content);
			return WireFormat.readReply(fromChild, maxTextChars);
		}
		catch (IOException | RuntimeException broken) {
			if (killed.get()) {
				throw new ExtractionException(ExtractionFailure.PARSE_TIMEOUT,
						"Reading the file took longer than the limit of " + timeout.toSeconds() + " s.");
			}
			if (exitStatus() == OUT_OF_MEMORY_EXIT) {
				throw new ExtractionException(ExtractionFailure.MEMORY_LIMIT);
			}
			// Most likely the file: a parser crashed the JVM or answered garbage. Fail closed.
			throw new ExtractionException(ExtractionFailure.MALFORMED,
					"The file could not be read: the extraction worker stopped while reading it.");
		}
		finally {
			deadline.cancel(false);
		}
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	/** Ends the child (politely by closing its stdin, then by force) and removes its temp directory. */
	void stop() {
		try {
			toChild.close();
		}
		catch (IOException alreadyGone) {
			// the child is stopped below either way
		}
		process.destroyForcibly();
		try {
			process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		deleteRecursively(tempDir);
	}

	private ScheduledFuture<?> killAfter(Duration timeout, AtomicBoolean killed, ScheduledExecutorService watchdog) {
		return watchdog.schedule(() -> {
			killed.set(true);
			process.destroyForcibly();
		}, timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private int exitStatus() {
		try {
			// The pipe broke, so the child is exiting or gone; its status tells why.
			return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | RuntimeException ignored) {
			// best effort: the directory lives under the system temp directory
		}
	}
}
