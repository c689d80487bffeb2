package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.postgate.publishing.LoopbackServer.respond;

/**
 * A platform's webhook endpoint on 127.0.0.1, written as a careful receiver would: it verifies the signature with the
 * shared secret on its own (not with Postgate's code), and keeps one post per Idempotency-Key, answering a repeat with
 * the post it already has. Tests script the next answers.
 */
public final class WebhookReceiver implements AutoCloseable {

	public enum Reply {
		ACCEPT, SERVER_ERROR, CLIENT_ERROR,
		/** Stores the post, then does not answer until {@link #release()}: the sender times out on an accepted post. */
		ACCEPT_THEN_HANG
	}

	public record Received(String idempotencyKey, String timestamp, boolean signatureValid, JsonNode body) {
	}

	private final String secret;
	private final ObjectMapper json;
	private final LoopbackServer server;
	private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
	private final List<Received> requests = new CopyOnWriteArrayList<>();
	private final Map<String, String> posts = new ConcurrentHashMap<>();

	public WebhookReceiver(String secret, ObjectMapper json) throws IOException {
		this.secret = secret;
		this.json = json;
		this.server = new LoopbackServer(Map.of("/hook", this::handle));
	}

	public String url() {
		return server.baseUrl() + "/hook";
	}

	/** The answers to the next requests, in order; after them every request is accepted. */
	public WebhookReceiver answer(Reply... replies) {
		script.addAll(List.of(replies));
		return this;
	}

	public List<Received> requests() {
		return List.copyOf(requests);
	}

	/** The posts the platform shows, by idempotency key. */
	public Map<String, String> posts() {
		return Map.copyOf(posts);
	}

	public void release() {
		server.release();
	}

	@Override
	public void close() {
		server.close();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			String timestamp = exchange.getRequestHeaders().getFirst("X-Postgate-Timestamp");
			boolean valid = verify(timestamp, body, exchange.getRequestHeaders().getFirst("X-Postgate-Signature"));
			requests.add(new Received(key, timestamp, valid, json.readTree(body)));
			if (!valid || key == null) {
				respond(exchange, 401, "{\"error\":\"bad signature\"}");
				return;
			}
			Reply reply = script.isEmpty() ? Reply.ACCEPT : script.poll();
			switch (reply) {
				case SERVER_ERROR -> respond(exchange, 503, "{\"error\":\"try later\"}");
				case CLIENT_ERROR -> respond(exchange, 422, "{\"error\":\"text too long for this account\"}");
				case ACCEPT -> accept(exchange, key);
				case ACCEPT_THEN_HANG -> {
					String id = posts.computeIfAbsent(key, ignored -> "post-" + (posts.size() + 1));
					server.holdUntilReleased();
					respond(exchange, 201, answer(id));
				}
			}
		}
	}

	private void accept(HttpExchange exchange, String key) throws IOException {
		boolean repeat = posts.containsKey(key);
		String id = posts.computeIfAbsent(key, ignored -> "post-" + (posts.size() + 1));
		respond(exchange, repeat ? 200 : 201, answer(id));
	}

	private static String answer(String id) {
		return "{\"id\":\"" + id + "\",\"url\":\"https://social.example/p/" + id + "\"}";
	}

	private boolean verify(String timestamp, byte[] body, String signature) {
		if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = mac.doFinal(body);
			return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring("sha256=".length())));
		}
		catch (Exception e) {
			return false;
		}
	}
}
