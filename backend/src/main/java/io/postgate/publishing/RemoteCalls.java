package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What every HTTP adapter does the same way: checks the URL against {@link OutboundUrlPolicy} before each call, never
 * follows redirects, and turns network errors and answers into {@link DeliveryException}s that say whether a retry can
 * help (network errors, timeouts, 408, 429 and 5xx can; any other answer cannot).
 */
@Component
class RemoteCalls {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final OutboundUrlPolicy urls;
	private final ObjectMapper json;

	RemoteCalls(OutboundUrlPolicy urls, ObjectMapper json) {
		this.urls = urls;
		this.json = json;
	}

	URI checked(Channel channel, String url) throws DeliveryException {
		try {
			return urls.check(url, channel.allowHttp(), channel.allowLoopback());
		}
		catch (OutboundUrlPolicy.RefusedUrl e) {
			throw new DeliveryException("channel " + channel.platform() + ": refusing to call " + url + ": " + e.getMessage(), false, null);
		}
	}

	/** Sends the request; a 2xx answer is returned, anything else is thrown naming {@code what} and the status. */
	HttpResponse<String> send(HttpRequest request, String what) throws DeliveryException {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new DeliveryException(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), true, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DeliveryException(what + ": interrupted", true, e);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return response;
		}
		boolean retryable = status >= 500 || status == 408 || status == 429;
		throw new DeliveryException(what + " answered " + status, retryable, null);
	}

	/** {@code id} and {@code url} of a JSON answer; a 2xx without them is still published, just without a remote id. */
	ChannelAdapter.DeliveryReceipt receipt(String answer) {
		JsonNode node = object(answer);
		return new ChannelAdapter.DeliveryReceipt(limit(text(node, "id"), 200), limit(text(node, "url"), 1000));
	}

	/** The answer as a JSON object; an empty node when it is none. */
	JsonNode object(String answer) {
		try {
			JsonNode node = answer == null || answer.isBlank() ? null : json.readTree(answer);
			return node != null && node.isObject() ? node : json.createObjectNode();
		}
		catch (IOException e) {
			return json.createObjectNode();
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static String limit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
