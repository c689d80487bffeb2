package io.postgate.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.HashMap;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Configures channels through the admin API as an administrator would. Channels are shared by every test in the
 * one Spring context (and survive between runs on MariaDB), so tests that point a platform at a webhook put it
 * back to the outbox when they are done.
 */
public final class ChannelAdmin {

	public static final String ADMIN = "admin";
	private static final String PASSWORD = "demo";

	private final MockMvc mvc;
	private final ObjectMapper json;

	public ChannelAdmin(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/** Points the platform at a webhook on this machine (loopback and plain http allowed for the channel). */
	public void useLocalWebhook(String platform, String url, String secret, long timeoutMillis) throws Exception {
		save(platform, Map.of("platform", platform, "accountName", "test receiver", "adapter", "WEBHOOK", "url", url, "secret", secret,
				"allowHttp", true, "allowLoopback", true, "timeoutMillis", timeoutMillis));
	}

	/** Points the platform at a Mastodon-compatible server on this machine. */
	public void useLocalMastodon(String platform, String baseUrl, String token, long timeoutMillis) throws Exception {
		save(platform, Map.of("platform", platform, "accountName", "@postgate", "adapter", "MASTODON", "url", baseUrl, "secret", token,
				"allowHttp", true, "allowLoopback", true, "timeoutMillis", timeoutMillis));
	}

	/** Hands the platform's posts to the group's members to publish by hand. */
	public void useAssisted(String platform, String publisherGroup) throws Exception {
		save(platform, Map.of("platform", platform, "accountName", "Postgate official", "adapter", "ASSISTED", "publisherGroup", publisherGroup));
	}

	public void useOutbox(String platform) throws Exception {
		save(platform, Map.of("platform", platform, "accountName", "outbox", "adapter", "OUTBOX"));
	}

	public ResultActions create(String user, Map<String, Object> channel) throws Exception {
		return mvc.perform(post("/api/admin/channels").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(channel)));
	}

	public ResultActions update(String user, String id, Map<String, Object> channel) throws Exception {
		return mvc.perform(put("/api/admin/channels/{id}", id).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(channel)));
	}

	public ResultActions list(String user) throws Exception {
		return mvc.perform(get("/api/admin/channels").with(httpBasic(user, PASSWORD)));
	}

	/** The id of the platform's channel, or null when it has none. */
	public String idOf(String platform) throws Exception {
		JsonNode all = json.readTree(list(ADMIN).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		for (JsonNode channel : all) {
			if (channel.get("platform").asText().equals(platform)) {
				return channel.get("id").asText();
			}
		}
		return null;
	}

	private void save(String platform, Map<String, Object> channel) throws Exception {
		String id = idOf(platform);
		if (id == null) {
			create(ADMIN, new HashMap<>(channel)).andExpect(status().isCreated());
		}
		else {
			update(ADMIN, id, new HashMap<>(channel)).andExpect(status().isOk());
		}
	}
}
