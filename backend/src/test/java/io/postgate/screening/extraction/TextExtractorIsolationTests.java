package io.postgate.screening.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hostile file costs a child JVM, never the server: the child is killed and replaced. */
class TextExtractorIsolationTests {

	private static final ExtractionConfig CONFIG = ExtractionConfig.defaults()
		.withWorkers(1, 128)
		.withParseTimeout(Duration.ofSeconds(4))
		// These files are bombs on purpose; here they must reach the parser.
		.withMaxCompressionRatio(1_000_000);

	private static TextExtractor extractor;

	@BeforeAll
	static void startWorkers() {
		extractor = new TextExtractor(CONFIG);
		extractor.warmUp();
	}

	@AfterAll
	static void stopWorkers() {
		extractor.close();
	}

	@Test
	void killsAWorkerThatOverrunsTheTimeLimitAndServesTheNextFile() throws Exception {
		// 12 × 150 MB of tiny XML comments: ~18 s of parsing on a quiet machine, constant memory, no text.
		byte[] slow = Fixtures.zipOfCopies("feed.zip", Fixtures.zippedXml("<!--a-->", 150), 12);
		List<ProcessHandle> before = workerProcesses();

		assertThatThrownBy(() -> extractor.extract(slow, "feed.zip"))
			.isInstanceOfSatisfying(ExtractionException.class, ex -> {
				assertThat(ex.failure()).isEqualTo(ExtractionFailure.PARSE_TIMEOUT);
				assertThat(ex.httpStatus()).isEqualTo(422);
			});

		// Other extractors of this JVM (the application context's) may have workers too: the one that overran is gone.
		assertThat(before).isNotEmpty().anyMatch(worker -> !worker.isAlive());
		assertThat(extractor.extract(Fixtures.html("Still here", "The next file is read."), "next.html").text())
			.contains("The next file is read.");
	}

	@Test
	void replacesAWorkerThatRunsOutOfMemory() throws Exception {
		// One 100-million-character XML comment, which the parser buffers whole: more than a 128 MB heap.
		byte[] greedy = Fixtures.zippedXml("abcd", 100);

		assertThatThrownBy(() -> extractor.extract(greedy, "feed.zip"))
			.isInstanceOfSatisfying(ExtractionException.class,
					ex -> assertThat(ex.failure()).isEqualTo(ExtractionFailure.MEMORY_LIMIT));

		assertThat(extractor.extract(Fixtures.html("Still here", "Memory is back."), "next.html").text())
			.contains("Memory is back.");
	}

	@Test
	void closeStopsEveryWorker() {
		List<ProcessHandle> shared = workerProcesses();
		List<ProcessHandle> workers;
		try (TextExtractor own = new TextExtractor(CONFIG)) {
			own.warmUp();
			workers = workerProcesses().stream().filter(worker -> !shared.contains(worker)).toList();
			assertThat(workers).hasSize(CONFIG.workers()).allMatch(ProcessHandle::isAlive);
		}
		assertThat(workers).noneMatch(ProcessHandle::isAlive);
	}

	private static List<ProcessHandle> workerProcesses() {
		return ProcessHandle.current()
			.children()
			.filter(child -> child.info().commandLine().orElse("").contains(WorkerCommand.MARKER))
			.toList();
	}
}
