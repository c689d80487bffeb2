package io.postgate.publishing;

/**
 * Sends a rendered post to one platform. Implementations must pass {@link RenderedPost#idempotencyKey()}
 * to the remote side so that a retry after a timeout never creates a second post.
 */
interface ChannelAdapter {

	DeliveryReceipt deliver(RenderedPost post) throws DeliveryException;

	record DeliveryReceipt(String remoteId, String remoteUrl) {
	}
}
