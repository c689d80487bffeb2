package io.postgate.publishing;

/**
 * Sends a rendered post to one channel. Implementations must pass {@link RenderedPost#idempotencyKey()}
 * to the remote side so that a retry after a timeout never creates a second post, and must throw a
 * {@link DeliveryException} that says whether trying again can help. See docs/publishing.md.
 */
interface ChannelAdapter {

	/** The adapter type a channel names to use this adapter. */
	Channel.AdapterType type();

	DeliveryReceipt deliver(RenderedPost post, Channel channel) throws DeliveryException;

	record DeliveryReceipt(String remoteId, String remoteUrl) {
	}
}
