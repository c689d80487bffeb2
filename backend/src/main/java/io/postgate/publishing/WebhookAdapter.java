package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs the rendered post as JSON, signed so the receiver can tell it comes from Postgate:
 * {@code X-Postgate-Signature: sha256=<hex HMAC-SHA256 of "<X-Postgate-Timestamp>.<body>" with the channel secret>}.
 * The {@code Idempotency-Key} header lets the receiver drop a repeat after Postgate timed out on an accepted post.
 * 2xx is published (an {@code id} and {@code url} in a JSON answer are kept); 408, 429, 5xx and network errors or
 * timeouts are retried; any other answer (4xx, redirects, which are never followed) fails at once.
 */
@Component
class WebhookAdapter implements ChannelAdapter {

	static final String TIMESTAMP_HEADER = "X-Postgate-Timestamp";
	static final String SIGNATURE_HEADER = "X-Postgate-Signature";
	static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final OutboundUrlPolicy urls;
	private final ObjectMapper json;
	private final Clock clock;

	WebhookAdapter(OutboundUrlPolicy urls, ObjectMapper json, Clock clock) {
		this.urls = urls;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Channel.AdapterType type() {
		return Channel.AdapterType.WEBHOOK;
	}

	@Override
	public DeliveryReceipt deliver(RenderedPost post, Channel channel) throws DeliveryException {
		URI target;
		try {
			target = urls.check(channel.url(), channel.allowHttp(), channel.allowLoopback());
		}
		catch (OutboundUrlPolicy.RefusedUrl e) {
			throw new DeliveryException("channel " + channel.platform() + ": refusing to call " + channel.url() + ": " + e.getMessage(), false, null);
		}
		if (channel.secret() == null) {
			throw new DeliveryException("channel " + channel.platform() + " has no signing secret", false, null);
		}
		byte[] body = body(post);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(target).timeout(channel.timeout())
				.header("Content-Type", "application/json")
				.header(TIMESTAMP_HEADER, timestamp)
				.header(SIGNATURE_HEADER, "sha256=" + signature(channel.secret(), timestamp, body))
				.header(IDEMPOTENCY_HEADER, post.idempotencyKey())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new DeliveryException("webhook " + channel.platform() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), true, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("webhook " + channel.platform() + ": interrupted", true, e);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return receipt(response.body());
		}
		boolean retryable = status >= 500 || status == 408 || status == 429;
		throw new DeliveryException("webhook " + channel.platform() + " answered " + status, retryable, null);
	}

	/** HMAC-SHA256 of {@code timestamp + "." + body}, lower-case hex; receivers compute the same to verify. */
	static String signature(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 unavailable", e);
		}
	}

	private byte[] body(RenderedPost post) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("contentId", post.contentId());
		payload.put("revision", post.revision());
		payload.put("platform", post.platform());
		payload.put("title", post.title());
		payload.put("body", post.body());
		payload.put("attachmentHashes", post.attachmentHashes());
		payload.put("fingerprint", post.fingerprint());
		payload.put("idempotencyKey", post.idempotencyKey());
		try {
			return json.writeValueAsBytes(payload);
		}
		catch (IOException e) {
			throw new IllegalStateException("could not render the webhook body", e);
		}
	}

	private DeliveryReceipt receipt(String answer) {
		try {
			JsonNode node = answer == null || answer.isBlank() ? null : json.readTree(answer);
			if (node != null && node.isObject()) {
				return new DeliveryReceipt(limit(text(node, "id"), 200), limit(text(node, "url"), 1000));
			}
		}
		catch (IOException e) {
			// a 2xx without a JSON answer is still published; there is just no remote id
		}
		return new DeliveryReceipt(null, null);
	}

	private static String limit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
