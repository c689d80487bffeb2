package io.postgate.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashMap;
import java.util.Map;

import static io.postgate.publishing.ChannelAdmin.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class ChannelApiIntegrationTests {

	/** No other test publishes to this platform while this class runs; it is put back to the outbox afterwards. */
	private static final String PLATFORM = "wechat";
	private static final String SECRET = "wechat-hook-signing-secret-0001";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Channels channels;

	ChannelAdmin admin;

	@BeforeEach
	void setUp() throws Exception {
		admin = new ChannelAdmin(mvc, json);
		admin.useOutbox(PLATFORM);
	}

	@AfterEach
	void backToTheOutbox() throws Exception {
		admin.useOutbox(PLATFORM);
	}

	@Test
	void adminConfiguresAWebhookChannelWhoseSecretIsEncryptedAtRestAndNeverReturned() throws Exception {
		String id = admin.idOf(PLATFORM);

		admin.update(ADMIN, id, webhook("https://127.0.0.1:9/hook", true)).andExpect(status().isOk())
				.andExpect(jsonPath("$.adapter").value("WEBHOOK")).andExpect(jsonPath("$.secretSet").value(true))
				.andExpect(jsonPath("$.secret").doesNotExist()).andExpect(content().string(not(containsString(SECRET))));
		admin.list(ADMIN).andExpect(status().isOk()).andExpect(content().string(not(containsString(SECRET))))
				.andExpect(content().string(containsString("https://127.0.0.1:9/hook")));

		String stored = jdbc.sql("select secret_cipher from channel where id = ?").param(id).query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		assertThat(channels.forPlatform(PLATFORM).secret()).isEqualTo(SECRET);

		Map<String, Object> withoutSecret = webhook("https://127.0.0.1:9/other", true);
		withoutSecret.remove("secret");
		admin.update(ADMIN, id, withoutSecret).andExpect(status().isOk()).andExpect(jsonPath("$.secretSet").value(true));
		assertThat(channels.forPlatform(PLATFORM).secret()).as("an update without a secret keeps the stored one").isEqualTo(SECRET);
		assertThat(channels.forPlatform(PLATFORM).url()).isEqualTo("https://127.0.0.1:9/other");
	}

	@Test
	void onlyAdminsSeeOrChangeChannels() throws Exception {
		admin.list("editor1").andExpect(status().isForbidden());
		admin.list("compliance1").andExpect(status().isForbidden());
		admin.create("editor1", webhook("https://127.0.0.1:9/hook", true)).andExpect(status().isForbidden());
		admin.update("reviewer1", admin.idOf(PLATFORM), webhook("https://127.0.0.1:9/hook", true)).andExpect(status().isForbidden());
		assertThat(channels.forPlatform(PLATFORM).adapter()).isEqualTo(Channel.AdapterType.OUTBOX);
	}

	@Test
	void invalidChannelsAreRefusedNamingTheField() throws Exception {
		String id = admin.idOf(PLATFORM);
		admin.create(ADMIN, Map.of("platform", "myspace", "accountName", "a", "adapter", "OUTBOX")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("platform:")));
		admin.create(ADMIN, Map.of("platform", PLATFORM, "accountName", "a", "adapter", "OUTBOX")).andExpect(status().isConflict());
		admin.update(ADMIN, id, Map.of("accountName", "a", "adapter", "CARRIER_PIGEON")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("adapter:")));
		admin.update(ADMIN, id, Map.of("adapter", "OUTBOX")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("accountName:")));
		Map<String, Object> noUrl = webhook("https://127.0.0.1:9/hook", true);
		noUrl.remove("url");
		admin.update(ADMIN, id, noUrl).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("url: required")));
		Map<String, Object> shortSecret = webhook("https://127.0.0.1:9/hook", true);
		shortSecret.put("secret", "short");
		admin.update(ADMIN, id, shortSecret).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("secret:")));
		Map<String, Object> slow = webhook("https://127.0.0.1:9/hook", true);
		slow.put("timeoutMillis", 3_600_000);
		admin.update(ADMIN, id, slow).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("timeoutMillis:")));
		assertThat(channels.forPlatform(PLATFORM).adapter()).isEqualTo(Channel.AdapterType.OUTBOX);
	}

	@Test
	void outboundUrlsThatCouldReachInternalServicesAreRefused() throws Exception {
		String id = admin.idOf(PLATFORM);
		admin.update(ADMIN, id, webhook("http://127.0.0.1:9/hook", true)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("url: only https")));
		admin.update(ADMIN, id, webhook("https://127.0.0.1:9/hook", false)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("loopback")));
		admin.update(ADMIN, id, webhook("https://169.254.169.254/latest/meta-data", true)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("non-public address")));
		admin.update(ADMIN, id, webhook("https://10.0.0.7/hook", true)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("postgate.publishing.allowed-hosts")));
		assertThat(channels.forPlatform(PLATFORM).adapter()).isEqualTo(Channel.AdapterType.OUTBOX);

		Map<String, Object> plainLoopback = webhook("http://127.0.0.1:9/hook", true);
		plainLoopback.put("allowHttp", true);
		admin.update(ADMIN, id, plainLoopback).andExpect(status().isOk()).andExpect(jsonPath("$.allowHttp").value(true))
				.andExpect(jsonPath("$.allowLoopback").value(true));
	}

	@Test
	void mastodonChannelsNeedATokenAndAssistedChannelsAPublisherWhoExists() throws Exception {
		String id = admin.idOf(PLATFORM);
		Map<String, Object> mastodon = webhook("https://127.0.0.1:9", true);
		mastodon.put("adapter", "MASTODON");
		mastodon.remove("secret");
		admin.update(ADMIN, id, mastodon).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("secret: a Mastodon")));
		admin.update(ADMIN, id, Map.of("accountName", "Official", "adapter", "ASSISTED")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("publisherGroup:")));
		admin.update(ADMIN, id, Map.of("accountName", "Official", "adapter", "ASSISTED", "publisherGroup", "marketing"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("publisherGroup: one of")));
		admin.update(ADMIN, id, Map.of("accountName", "Official", "adapter", "ASSISTED", "publisherUser", "nobody-here"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("publisherUser: no user")));

		admin.update(ADMIN, id, Map.of("accountName", "Official", "adapter", "ASSISTED", "publisherGroup", "editors", "publisherUser", "lead1"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.publisherGroup").value("editors"))
				.andExpect(jsonPath("$.publisherUser").value("lead1")).andExpect(jsonPath("$.enabled").value(true));
	}

	@Test
	void aChannelThatCallsNothingKeepsNoUrlOrSecretAndCanBeDisabled() throws Exception {
		String id = admin.idOf(PLATFORM);
		Map<String, Object> outbox = webhook("https://127.0.0.1:9/hook", true);
		outbox.put("adapter", "OUTBOX");
		outbox.put("enabled", false);

		admin.update(ADMIN, id, outbox).andExpect(status().isOk()).andExpect(jsonPath("$.url").doesNotExist())
				.andExpect(jsonPath("$.secretSet").value(false)).andExpect(jsonPath("$.enabled").value(false));
		assertThat(jdbc.sql("select secret_cipher from channel where id = ?").param(id).query(String.class).list()).containsOnlyNulls();
		assertThat(channels.forPlatform(PLATFORM).enabled()).isFalse();
	}

	private static Map<String, Object> webhook(String url, boolean allowLoopback) {
		Map<String, Object> channel = new HashMap<>();
		channel.put("platform", PLATFORM);
		channel.put("accountName", "Postgate test account");
		channel.put("adapter", "WEBHOOK");
		channel.put("url", url);
		channel.put("secret", SECRET);
		channel.put("allowLoopback", allowLoopback);
		channel.put("timeoutMillis", 2000);
		return channel;
	}
}
