package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.content.Contents;
import io.postgate.content.Revision;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Mastodon-compatible status API (Mastodon, and servers that implement its API). The channel's URL is the server's
 * base URL and its secret an access token with the {@code write:statuses write:media} scopes. The attachments are
 * uploaded first ({@code POST /api/v2/media}, multipart) and the status ({@code POST /api/v1/statuses}) references
 * them by {@code media_ids}, with our idempotency key as {@code Idempotency-Key}: the server answers a repeated key
 * with the status it already created. A retry uploads the media again; unattached media are removed by the server.
 */
@Component
class MastodonAdapter implements ChannelAdapter {

	private static final Duration MEDIA_POLL_INTERVAL = Duration.ofMillis(500);

	private final RemoteCalls calls;
	private final Contents contents;
	private final ObjectMapper json;

	MastodonAdapter(RemoteCalls calls, Contents contents, ObjectMapper json) {
		this.calls = calls;
		this.contents = contents;
		this.json = json;
	}

	@Override
	public Channel.AdapterType type() {
		return Channel.AdapterType.MASTODON;
	}

	@Override
	public DeliveryReceipt deliver(RenderedPost post, Channel channel) throws DeliveryException {
		if (channel.secret() == null) {
			throw new DeliveryException("channel " + channel.platform() + " has no access token", false, null);
		}
		List<String> mediaIds = new ArrayList<>();
		for (Revision.AttachmentRef attachment : contents.revision(post.contentId(), post.revision()).attachments()) {
			mediaIds.add(upload(attachment, channel));
		}
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("status", post.plainText());
		status.put("media_ids", mediaIds);
		status.put("visibility", "public");
		HttpRequest request = authorized(endpoint(channel, "/api/v1/statuses"), channel)
				.header("Content-Type", "application/json")
				.header(WebhookAdapter.IDEMPOTENCY_HEADER, post.idempotencyKey())
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes(status))).build();
		return calls.receipt(calls.send(request, "mastodon " + channel.platform() + " status").body());
	}

	/** Uploads one attachment and waits (within the channel's timeout) until the server has processed it. */
	private String upload(Revision.AttachmentRef attachment, Channel channel) throws DeliveryException {
		String boundary = "postgate-" + UUID.randomUUID();
		HttpRequest request = authorized(endpoint(channel, "/api/v2/media"), channel)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, attachment))).build();
		String what = "mastodon " + channel.platform() + " media upload";
		var response = calls.send(request, what);
		JsonNode media = calls.object(response.body());
		String id = RemoteCalls.text(media, "id");
		if (id == null) {
			throw new DeliveryException(what + " answered without a media id", true, null);
		}
		if (response.statusCode() == 202) {
			awaitProcessed(id, channel, what);
		}
		return id;
	}

	/** 202 means "still processing": {@code GET /api/v1/media/:id} answers 206 until it is done and 200 then. */
	private void awaitProcessed(String id, Channel channel, String what) throws DeliveryException {
		long deadline = System.nanoTime() + channel.timeout().toNanos();
		while (System.nanoTime() < deadline) {
			HttpRequest poll = authorized(endpoint(channel, "/api/v1/media/" + id), channel).GET().build();
			if (calls.send(poll, what).statusCode() == 200) {
				return;
			}
			try {
				Thread.sleep(MEDIA_POLL_INTERVAL.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new DeliveryException(what + ": interrupted", true, e);
			}
		}
		throw new DeliveryException(what + ": media " + id + " still processing", true, null);
	}

	private HttpRequest.Builder authorized(URI target, Channel channel) {
		return HttpRequest.newBuilder(target).timeout(channel.timeout()).header("Authorization", "Bearer " + channel.secret());
	}

	private URI endpoint(Channel channel, String path) throws DeliveryException {
		String base = channel.url().endsWith("/") ? channel.url().substring(0, channel.url().length() - 1) : channel.url();
		return calls.checked(channel, base + path);
	}

	private byte[] multipart(String boundary, Revision.AttachmentRef attachment) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String fileName = attachment.fileName().replace("\"", "");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: " + attachment.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(contents.attachmentBytes(attachment.sha256()));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private byte[] bytes(Map<String, Object> payload) {
		try {
			return json.writeValueAsBytes(payload);
		}
		catch (IOException e) {
			throw new IllegalStateException("could not render the status", e);
		}
	}
}
