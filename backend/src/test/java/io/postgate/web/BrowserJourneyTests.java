package io.postgate.web;

import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the browser journeys of frontend/e2e (playwright-core driving Debian's Chromium) against this
 * test's real server, with the demo users. Screenshots land in frontend/target/e2e-screenshots.
 */
@PostgateIntegrationTest
class BrowserJourneyTests {

	private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

	private static final int MAX_FAILURE_LINES = 40;
	private static final int ERROR_BLOCK_LINES = 4;

	@LocalServerPort
	int port;

	@Test
	void browserJourneysPassAgainstTheRealServer() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(npmCommand("run", "e2e"))
				.directory(FRONTEND.toFile())
				.redirectErrorStream(true);
		builder.environment().put("BASE_URL", "http://localhost:" + port);
		builder.environment().put("SCREENSHOT_DIR", FRONTEND.resolve("target/e2e-screenshots").toString());
		Process process = builder.start();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Thread echo = new Thread(() -> echoAndCollectFailures(process, failures), "e2e-output");
		echo.setDaemon(true);
		echo.start();
		boolean finished = process.waitFor(15, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		echo.join(TimeUnit.SECONDS.toMillis(10));
		assertThat(finished).as("browser journeys finished within 15 minutes").isTrue();
		assertThat(process.exitValue()).as("exit code of npm run e2e; what failed:%n%s", String.join("\n", failures)).isZero();
	}

	/**
	 * Echoes the runner's TAP output to this test's output, keeping the lines that say which journey failed and why,
	 * so that the assertion message (often all a CI log keeps) names them.
	 */
	private static void echoAndCollectFailures(Process process, List<String> failures) {
		try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8)) {
			int blockLinesToKeep = 0;
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				System.out.println(line);
				String trimmed = line.strip();
				boolean failureLine = trimmed.startsWith("not ok") || trimmed.startsWith("error:") || trimmed.startsWith("location:");
				if ((failureLine || blockLinesToKeep > 0) && failures.size() < MAX_FAILURE_LINES) {
					failures.add(line);
				}
				// a multi-line error (Playwright's, with its call log) follows "error: |-": keep its first lines
				blockLinesToKeep = trimmed.matches("error: \\|-?") ? ERROR_BLOCK_LINES : Math.max(0, blockLinesToKeep - 1);
			}
		}
		catch (IOException ex) {
			failures.add("could not read the runner's output: " + ex);
		}
	}

	/** The Node.js the frontend build staged or installed, else the one on the PATH. */
	private static List<String> npmCommand(String... arguments) {
		Path node = FRONTEND.resolve("target/node/node");
		Path npmCli = FRONTEND.resolve("target/node/node_modules/npm/bin/npm-cli.js");
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(node) && Files.exists(npmCli)) {
			command.add(node.toString());
			command.add(npmCli.toString());
		}
		else {
			command.add("npm");
		}
		command.addAll(List.of(arguments));
		return command;
	}
}
