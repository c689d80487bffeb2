package io.postgate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One user's browser-like session against a cluster: logs in with the session cookie and CSRF token, and when the
 * node it talks to goes away (connection refused or reset) moves to the next node and logs in again there, as a
 * user behind a load balancer with sticky sessions would. Sessions are node-local (docs/operations.md).
 */
final class PostgateClient {

	/** A request the server answered with an unexpected status. */
	static final class ApiError extends RuntimeException {

		final int status;

		ApiError(int status, String message) {
			super(message);
			this.status = status;
		}
	}

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final List<URI> nodes;
	private final String username;
	private final String password;
	private final ObjectMapper json;
	private final AtomicInteger node;
	private volatile Session session;

	PostgateClient(List<URI> nodes, String username, String password, ObjectMapper json, int preferredNode) {
		this.nodes = List.copyOf(nodes);
		this.username = username;
		this.password = password;
		this.json = json;
		this.node = new AtomicInteger(Math.floorMod(preferredNode, nodes.size()));
	}

	String username() {
		return username;
	}

	JsonNode get(String path) {
		return send("GET", path, null);
	}

	JsonNode post(String path, Object body) {
		return send("POST", path, body);
	}

	JsonNode put(String path, Object body) {
		return send("PUT", path, body);
	}

	/**
	 * Sends the request; on a lost connection it moves to the next node and sends it again, so a request a dying node
	 * had already committed may run twice: callers send only requests whose repetition is harmless or detected.
	 */
	private JsonNode send(String method, String path, Object body) {
		IOException lastFailure = null;
		for (int attempt = 0; attempt < nodes.size() * 30; attempt++) {
			Session current = session();
			try {
				HttpResponse<String> response = current.send(method, path, body == null ? null : json.writeValueAsString(body));
				if (response.statusCode() == 401) {
					invalidate(current);
					continue;
				}
				if (response.statusCode() >= 300) {
					throw new ApiError(response.statusCode(), method + " " + path + " on " + current.base + " answered "
							+ response.statusCode() + ": " + response.body());
				}
				return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
			}
			catch (IOException unreachable) {
				lastFailure = unreachable;
				failOver(current);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
		}
		throw new IllegalStateException("no node answered " + method + " " + path, lastFailure);
	}

	private synchronized Session session() {
		while (session == null) {
			URI base = nodes.get(node.get());
			try {
				session = Session.login(base, username, password, json);
			}
			catch (IOException unreachable) {
				node.set((node.get() + 1) % nodes.size());
				pause();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
		}
		return session;
	}

	private synchronized void invalidate(Session stale) {
		if (session == stale) {
			session = null;
		}
	}

	private synchronized void failOver(Session broken) {
		if (session == broken) {
			session = null;
			node.set((nodes.indexOf(broken.base) + 1) % nodes.size());
		}
		pause();
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private record Session(URI base, HttpClient http, CookieManager cookies) {

		static Session login(URI base, String username, String password, ObjectMapper json) throws IOException, InterruptedException {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
			Session session = new Session(base, http, cookies);
			session.send("GET", "/api/me", null);
			HttpResponse<String> login = session.send("POST", "/api/auth/login",
					json.writeValueAsString(Map.of("username", username, "password", password)));
			if (login.statusCode() != 200) {
				throw new ApiError(login.statusCode(), "login of " + username + " on " + base + " failed: " + login.body());
			}
			return session;
		}

		HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
					.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
					.header("Accept", "application/json");
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private Optional<String> csrfToken() {
			return cookies.getCookieStore().get(base).stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
					.map(HttpCookie::getValue).filter(value -> !value.isEmpty()).reduce((first, second) -> second);
		}
	}
}
