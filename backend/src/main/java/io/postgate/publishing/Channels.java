package io.postgate.publishing;

import io.postgate.content.Platform;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.publishing.Channel.AdapterType;
import io.postgate.publishing.Channel.ChannelRequest;
import io.postgate.publishing.Channel.ChannelView;
import io.postgate.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Stores channels (one per platform) with their secrets encrypted, validating what admins send. */
@Component
class Channels {

	private static final long MAX_TIMEOUT_MILLIS = 120_000;

	private final JdbcClient jdbc;
	private final SecretCipher cipher;
	private final OutboundUrlPolicy urls;
	private final PublishingProperties properties;
	private final ApplicationEventPublisher events;
	private final UserDirectory users;
	private final Clock clock;

	Channels(JdbcClient jdbc, SecretCipher cipher, OutboundUrlPolicy urls, PublishingProperties properties, ApplicationEventPublisher events,
			UserDirectory users, Clock clock) {
		this.users = users;
		this.events = events;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.urls = urls;
		this.properties = properties;
		this.clock = clock;
	}

	/** The channel a platform's posts go to: the configured one or the outbox. */
	Channel forPlatform(String platform) {
		return jdbc.sql("select * from channel where platform = ?").param(platform).query(this::channel).optional()
				.orElseGet(() -> Channel.outbox(platform));
	}

	List<ChannelView> all() {
		return jdbc.sql("select * from channel order by platform").query(this::channel).list().stream().map(Channels::view).toList();
	}

	ChannelView get(String id) {
		return view(find(id).orElseThrow(() -> ApiProblem.notFound("no channel " + id)));
	}

	@Transactional
	ChannelView create(ChannelRequest request) {
		Platform platform = platform(request.platform());
		if (jdbc.sql("select count(*) from channel where platform = ?").param(platform.id()).query(Integer.class).single() > 0) {
			throw ApiProblem.conflict("platform " + platform.id() + " already has a channel; change it with PUT");
		}
		String id = UUID.randomUUID().toString();
		Channel channel = validated(id, platform, request, null);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("insert into channel (id, platform, account_name, adapter, url, secret_cipher, allow_http, allow_loopback, timeout_millis, "
				+ "publisher_group, publisher_user, enabled, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, channel.platform(), channel.accountName(), channel.adapter().name(), channel.url(), sealed(channel),
						channel.allowHttp(), channel.allowLoopback(), channel.timeout().toMillis(), channel.publisherGroup(),
						channel.publisherUser(), channel.enabled(), now, now)
				.update();
		events.publishEvent(new PublishingEvents.ChannelConfigured(id, channel.platform(), channel.adapter().name(), host(channel.url())));
		return view(channel);
	}

	@Transactional
	ChannelView update(String id, ChannelRequest request) {
		Channel existing = find(id).orElseThrow(() -> ApiProblem.notFound("no channel " + id));
		Platform platform = platform(request.platform() == null ? existing.platform() : request.platform());
		if (!platform.id().equals(existing.platform())) {
			throw ApiProblem.badRequest("platform: a channel's platform cannot change; create a channel for " + platform.id());
		}
		Channel channel = validated(id, platform, request, existing.secret());
		jdbc.sql("update channel set account_name = ?, adapter = ?, url = ?, secret_cipher = ?, allow_http = ?, allow_loopback = ?, "
				+ "timeout_millis = ?, publisher_group = ?, publisher_user = ?, enabled = ?, updated_at = ? where id = ?")
				.params(channel.accountName(), channel.adapter().name(), channel.url(), sealed(channel), channel.allowHttp(),
						channel.allowLoopback(), channel.timeout().toMillis(), channel.publisherGroup(), channel.publisherUser(), channel.enabled(),
						Timestamp.from(clock.instant()), id)
				.update();
		events.publishEvent(new PublishingEvents.ChannelConfigured(id, channel.platform(), channel.adapter().name(), host(channel.url())));
		return view(channel);
	}

	private Channel validated(String id, Platform platform, ChannelRequest request, String storedSecret) {
		if (request.accountName() == null || request.accountName().isBlank() || request.accountName().length() > 200) {
			throw ApiProblem.badRequest("accountName: required, at most 200 characters");
		}
		AdapterType adapter = Arrays.stream(AdapterType.values())
				.filter(type -> type.name().equals(request.adapter() == null ? "" : request.adapter().trim().toUpperCase(Locale.ROOT)))
				.findFirst().orElseThrow(() -> ApiProblem.badRequest("adapter: one of " + Arrays.toString(AdapterType.values())));
		boolean allowHttp = Boolean.TRUE.equals(request.allowHttp());
		boolean allowLoopback = Boolean.TRUE.equals(request.allowLoopback());
		long timeoutMillis = request.timeoutMillis() == null ? properties.defaultTimeout().toMillis() : request.timeoutMillis();
		if (timeoutMillis < 100 || timeoutMillis > MAX_TIMEOUT_MILLIS) {
			throw ApiProblem.badRequest("timeoutMillis: between 100 and " + MAX_TIMEOUT_MILLIS);
		}
		String secret = request.secret() == null || request.secret().isEmpty() ? storedSecret : request.secret();
		String url = request.url() == null || request.url().isBlank() ? null : request.url().trim();
		if (adapter.callsOut()) {
			checkCallable(adapter, url, secret, allowHttp, allowLoopback);
		}
		else {
			url = null;
			secret = null;
		}
		String publisherGroup = blankToNull(request.publisherGroup());
		String publisherUser = blankToNull(request.publisherUser());
		if (adapter == AdapterType.ASSISTED) {
			checkPublisher(publisherGroup, publisherUser);
		}
		else {
			publisherGroup = null;
			publisherUser = null;
		}
		return new Channel(id, platform.id(), request.accountName().trim(), adapter, url, secret, allowHttp, allowLoopback,
				Duration.ofMillis(timeoutMillis), publisherGroup, publisherUser, !Boolean.FALSE.equals(request.enabled()));
	}

	private void checkCallable(AdapterType adapter, String url, String secret, boolean allowHttp, boolean allowLoopback) {
		String kind = adapter == AdapterType.WEBHOOK ? "a webhook channel" : "a Mastodon channel";
		if (url == null) {
			throw ApiProblem.badRequest("url: required for " + kind);
		}
		if (url.length() > 1000) {
			throw ApiProblem.badRequest("url: at most 1000 characters");
		}
		try {
			urls.check(url, allowHttp, allowLoopback);
		}
		catch (OutboundUrlPolicy.RefusedUrl e) {
			throw ApiProblem.badRequest("url: " + e.getMessage());
		}
		if (adapter == AdapterType.WEBHOOK && (secret == null || secret.length() < 16)) {
			throw ApiProblem.badRequest("secret: a webhook channel needs a signing secret of at least 16 characters");
		}
		if (adapter == AdapterType.MASTODON && (secret == null || secret.isBlank())) {
			throw ApiProblem.badRequest("secret: a Mastodon channel needs the account's access token");
		}
	}

	/** Who publishes by hand: one of Postgate's groups, or an existing user, or both (the user then gets the task). */
	private void checkPublisher(String group, String user) {
		if (group == null && user == null) {
			throw ApiProblem.badRequest("publisherGroup: an assisted channel needs a publisher group or user");
		}
		if (group != null && Role.ofGroup(group).isEmpty()) {
			throw ApiProblem.badRequest("publisherGroup: one of " + Arrays.stream(Role.values()).map(Role::groupId).toList());
		}
		if (user != null && !users.exists(user)) {
			throw ApiProblem.badRequest("publisherUser: no user '" + user + "'");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Only the host goes to the audit trail: some services put a token into the URL's path or query. */
	private static String host(String url) {
		return url == null ? null : java.net.URI.create(url).getHost();
	}

	private String sealed(Channel channel) {
		return channel.secret() == null ? null : cipher.encrypt(channel.secret(), channel.id());
	}

	private Optional<Channel> find(String id) {
		return jdbc.sql("select * from channel where id = ?").param(id).query(this::channel).optional();
	}

	private static Platform platform(String id) {
		return Platform.ofId(id).orElseThrow(() -> ApiProblem.badRequest("platform: unknown platform '" + id + "'"));
	}

	private Channel channel(ResultSet row, int number) throws SQLException {
		String id = row.getString("id");
		String sealed = row.getString("secret_cipher");
		return new Channel(id, row.getString("platform"), row.getString("account_name"), AdapterType.valueOf(row.getString("adapter")),
				row.getString("url"), sealed == null ? null : cipher.decrypt(sealed, id), row.getBoolean("allow_http"),
				row.getBoolean("allow_loopback"), Duration.ofMillis(row.getLong("timeout_millis")), row.getString("publisher_group"),
				row.getString("publisher_user"), row.getBoolean("enabled"));
	}

	private static ChannelView view(Channel channel) {
		return new ChannelView(channel.id(), channel.platform(), channel.accountName(), channel.adapter(), channel.url(),
				channel.secret() != null, channel.allowHttp(), channel.allowLoopback(), channel.timeout().toMillis(), channel.publisherGroup(),
				channel.publisherUser(), channel.enabled());
	}
}
