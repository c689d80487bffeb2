package io.postgate.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
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

	private final RemoteCalls calls;
	private final ObjectMapper json;
	private final Clock clock;

	WebhookAdapter(RemoteCalls calls, ObjectMapper json, Clock clock) {
		this.calls = calls;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Channel.AdapterType type() {
		return Channel.AdapterType.WEBHOOK;
	}

	@Override
	public DeliveryReceipt deliver(RenderedPost post, Channel channel) throws DeliveryException {
		URI target = calls.checked(channel, channel.url());
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
		return calls.receipt(calls.send(request, "webhook " + channel.platform()).body());
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
}
