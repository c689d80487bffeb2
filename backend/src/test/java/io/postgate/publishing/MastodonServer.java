package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.postgate.publishing.LoopbackServer.respond;

/**
 * A Mastodon server's status API on 127.0.0.1, as far as publishing uses it: every call needs the account's bearer
 * token; {@code POST /api/v2/media} takes a multipart upload and answers a media id; {@code POST /api/v1/statuses}
 * refuses unknown media ids (422) and keeps one status per {@code Idempotency-Key}, answering a repeat with the status
 * it already created, as Mastodon does. Tests script the answers to the next status requests.
 */
public final class MastodonServer implements AutoCloseable {

	public enum Reply {
		ACCEPT, SERVER_ERROR, CLIENT_ERROR, TOO_MANY_REQUESTS,
		/** Creates the status, then does not answer until {@link #release()}: the sender times out on an accepted post. */
		ACCEPT_THEN_HANG
	}

	public record StatusRequest(String idempotencyKey, String authorization, JsonNode body) {
	}

	public record Upload(String fileName, String contentType, byte[] bytes) {
	}

	private final String token;
	private final ObjectMapper json;
	private final LoopbackServer server;
	private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
	private final List<StatusRequest> statusRequests = new CopyOnWriteArrayList<>();
	private final List<Upload> uploads = new CopyOnWriteArrayList<>();
	private final Set<String> mediaIds = ConcurrentHashMap.newKeySet();
	private final Map<String, String> statuses = new ConcurrentHashMap<>();
	private final Map<String, Integer> processingPolls = new ConcurrentHashMap<>();
	private volatile int pollsUntilProcessed;

	public MastodonServer(String token, ObjectMapper json) throws IOException {
		this.token = token;
		this.json = json;
		this.server = new LoopbackServer(
				Map.of("/api/v1/statuses", this::status, "/api/v2/media", this::media, "/api/v1/media/", this::mediaStatus));
	}

	public String baseUrl() {
		return server.baseUrl();
	}

	public MastodonServer answer(Reply... replies) {
		script.addAll(List.of(replies));
		return this;
	}

	/** Media uploads are answered 202 ("still processing") and their status 206 this many times before 200. */
	public MastodonServer processMediaAsynchronously(int polls) {
		pollsUntilProcessed = polls;
		return this;
	}

	public List<StatusRequest> statusRequests() {
		return List.copyOf(statusRequests);
	}

	public List<Upload> uploads() {
		return List.copyOf(uploads);
	}

	/** The statuses the account shows, by idempotency key. */
	public Map<String, String> statuses() {
		return Map.copyOf(statuses);
	}

	public void release() {
		server.release();
	}

	@Override
	public void close() {
		server.close();
	}

	private boolean authorized(HttpExchange exchange) throws IOException {
		if (("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return true;
		}
		respond(exchange, 401, "{\"error\":\"The access token is invalid\"}");
		return false;
	}

	private void media(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (!authorized(exchange)) {
				return;
			}
			uploads.add(filePart(body));
			String id = "media-" + uploads.size();
			if (pollsUntilProcessed > 0) {
				processingPolls.put(id, pollsUntilProcessed);
				respond(exchange, 202, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":null}");
				return;
			}
			mediaIds.add(id);
			respond(exchange, 200, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":\"https://files.social.example/" + id + "\"}");
		}
	}

	/** {@code GET /api/v1/media/:id}: 206 while processing, then 200; only processed media can be attached. */
	private void mediaStatus(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!authorized(exchange)) {
				return;
			}
			String id = exchange.getRequestURI().getPath().substring("/api/v1/media/".length());
			int left = processingPolls.merge(id, -1, Integer::sum);
			if (left > 0) {
				respond(exchange, 206, "{\"id\":\"" + id + "\",\"url\":null}");
				return;
			}
			mediaIds.add(id);
			respond(exchange, 200, "{\"id\":\"" + id + "\",\"url\":\"https://files.social.example/" + id + "\"}");
		}
	}

	private void status(HttpExchange exchange) throws IOException {
		try (exchange) {
			JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			statusRequests.add(new StatusRequest(key, exchange.getRequestHeaders().getFirst("Authorization"), body));
			if (!authorized(exchange)) {
				return;
			}
			for (JsonNode mediaId : body.path("media_ids")) {
				if (!mediaIds.contains(mediaId.asText())) {
					respond(exchange, 422, "{\"error\":\"Validation failed: media not found\"}");
					return;
				}
			}
			Reply reply = script.isEmpty() ? Reply.ACCEPT : script.poll();
			switch (reply) {
				case SERVER_ERROR -> respond(exchange, 503, "{\"error\":\"try later\"}");
				case CLIENT_ERROR -> respond(exchange, 422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}");
				case TOO_MANY_REQUESTS -> respond(exchange, 429, "{\"error\":\"Too many requests\"}");
				case ACCEPT -> respond(exchange, 200, created(key));
				case ACCEPT_THEN_HANG -> {
					String answer = created(key);
					server.holdUntilReleased();
					respond(exchange, 200, answer);
				}
			}
		}
	}

	/** The status of the key: created once, the same one for every repeat of the key. */
	private String created(String key) {
		String id = statuses.computeIfAbsent(key == null ? "no-key-" + statusRequests.size() : key, ignored -> "1100" + (statuses.size() + 1));
		return "{\"id\":\"" + id + "\",\"url\":\"https://social.example/@postgate/" + id + "\",\"visibility\":\"public\"}";
	}

	/** The one file part of a multipart body: its name, type and bytes. */
	private static Upload filePart(byte[] body) {
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String boundary = text.substring(0, text.indexOf("\r\n"));
		int headersEnd = text.indexOf("\r\n\r\n") + 4;
		String headers = text.substring(0, headersEnd);
		int end = text.indexOf("\r\n" + boundary + "--", headersEnd);
		String fileName = headers.replaceAll("(?s).*filename=\"([^\"]*)\".*", "$1");
		String contentType = headers.replaceAll("(?s).*Content-Type: ([^\r\n]*).*", "$1");
		return new Upload(fileName, contentType, Arrays.copyOfRange(body, headersEnd, end));
	}
}
