package io.postgate.web;

import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	@LocalServerPort
	int port;

	@Test
	void browserJourneysPassAgainstTheRealServer() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(npmCommand("run", "e2e"))
				.directory(FRONTEND.toFile())
				.inheritIO();
		builder.environment().put("BASE_URL", "http://localhost:" + port);
		builder.environment().put("SCREENSHOT_DIR", FRONTEND.resolve("target/e2e-screenshots").toString());
		Process process = builder.start();
		boolean finished = process.waitFor(15, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as("browser journeys finished within 15 minutes").isTrue();
		assertThat(process.exitValue()).as("exit code of npm run e2e (see the output above)").isZero();
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
