package io.postgate.publishing;

import java.time.Duration;

/**
 * A configured destination for one platform's posts, as adapters see it: with the secret decrypted.
 * Never serialised to clients; the API answers {@link ChannelView}. {@code publisherGroup}/{@code publisherUser}
 * name who publishes by hand on an {@link AdapterType#ASSISTED} channel.
 */
record Channel(String id, String platform, String accountName, AdapterType adapter, String url, String secret, boolean allowHttp,
		boolean allowLoopback, Duration timeout, String publisherGroup, String publisherUser, boolean enabled) {

	/** Without the secret, so that a logged channel does not leak it. */
	@Override
	public String toString() {
		return "Channel[" + platform + " " + adapter + " " + accountName + " " + url + "]";
	}

	/** The channel of a platform nobody configured: the outbox. */
	static Channel outbox(String platform) {
		return new Channel(null, platform, "outbox", AdapterType.OUTBOX, null, null, false, false, Duration.ZERO, null, null, true);
	}

	enum AdapterType {
		OUTBOX, WEBHOOK, MASTODON, ASSISTED;

		boolean callsOut() {
			return this == WEBHOOK || this == MASTODON;
		}
	}

	/** What the admin API shows: everything but the secret, which is only reported as set or not. */
	record ChannelView(String id, String platform, String accountName, AdapterType adapter, String url, boolean secretSet,
			boolean allowHttp, boolean allowLoopback, long timeoutMillis, String publisherGroup, String publisherUser, boolean enabled) {
	}

	/** What an admin sends; a null or absent secret on update keeps the stored one; a null {@code enabled} means enabled. */
	record ChannelRequest(String platform, String accountName, String adapter, String url, String secret, Boolean allowHttp,
			Boolean allowLoopback, Long timeoutMillis, String publisherGroup, String publisherUser, Boolean enabled) {

		@Override
		public String toString() {
			return "ChannelRequest[" + platform + " " + adapter + " " + accountName + " " + url + "]";
		}
	}
}
