package io.postgate.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A user's open notification stream over real HTTP, collecting the lines the server sends. */
final class EventStream implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();
	private final CompletableFuture<HttpResponse<Stream<String>>> response;
	private final CompletableFuture<Void> reading;

	private EventStream(int port, String username, String password) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notifications/stream"))
				.header("Accept", "text/event-stream")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.build();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		reading = response.thenAcceptAsync(open -> open.body().forEach(lines::add));
	}

	/** Opens the stream and waits until the server said it is connected. */
	static EventStream open(int port, String username, String password) {
		EventStream stream = new EventStream(port, username, password);
		await("stream open").atMost(Duration.ofSeconds(30)).until(() -> stream.lines.contains(":connected"));
		assertThat(stream.response.join().statusCode()).isEqualTo(200);
		return stream;
	}

	List<String> lines() {
		return lines;
	}

	/** How many pushed events carry this text in their data. */
	long eventsWith(String text) {
		return lines.stream().filter(line -> line.startsWith("data:") && line.contains(text)).count();
	}

	@Override
	public void close() {
		reading.cancel(true);
		response.thenAccept(open -> open.body().close());
	}
}
