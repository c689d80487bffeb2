package io.postgate.publishing;

import java.time.Duration;

/**
 * A configured destination for one platform's posts, as adapters see it: with the secret decrypted.
 * Never serialised to clients; the API answers {@link ChannelView}.
 */
record Channel(String id, String platform, String accountName, AdapterType adapter, String url, String secret, boolean allowHttp,
		boolean allowLoopback, Duration timeout) {

	/** Without the secret, so that a logged channel does not leak it. */
	@Override
	public String toString() {
		return "Channel[" + platform + " " + adapter + " " + accountName + " " + url + "]";
	}

	/** The channel of a platform nobody configured: the outbox. */
	static Channel outbox(String platform) {
		return new Channel(null, platform, "outbox", AdapterType.OUTBOX, null, null, false, false, Duration.ZERO);
	}

	enum AdapterType {
		OUTBOX, WEBHOOK
	}

	/** What the admin API shows: everything but the secret, which is only reported as set or not. */
	record ChannelView(String id, String platform, String accountName, AdapterType adapter, String url, boolean secretSet,
			boolean allowHttp, boolean allowLoopback, long timeoutMillis) {
	}

	/** What an admin sends; a null or absent secret on update keeps the stored one. */
	record ChannelRequest(String platform, String accountName, String adapter, String url, String secret, Boolean allowHttp,
			Boolean allowLoopback, Long timeoutMillis) {

		@Override
		public String toString() {
			return "ChannelRequest[" + platform + " " + adapter + " " + accountName + " " + url + "]";
		}
	}
}
