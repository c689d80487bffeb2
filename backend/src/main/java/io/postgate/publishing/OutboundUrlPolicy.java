package io.postgate.publishing;

import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guards adapters against server-side request forgery: outbound URLs must be https (http only when the channel
 * allows it), and every address the host resolves to must be public. Loopback is allowed when the channel allows it;
 * any other non-public address (private ranges, link-local including the 169.254.169.254 metadata service, unique
 * local, carrier-grade NAT, multicast, the wildcard address) only for hosts in {@code postgate.publishing.allowed-hosts}.
 * Checked when a channel is saved and again before every send, because DNS answers change.
 */
@Component
class OutboundUrlPolicy {

	private final Set<String> allowedHosts;

	OutboundUrlPolicy(PublishingProperties properties) {
		this.allowedHosts = properties.allowedHosts().stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
				.filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
	}

	/** @throws RefusedUrl naming why the URL may not be called */
	URI check(String url, boolean allowHttp, boolean allowLoopback) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException | NullPointerException e) {
			throw new RefusedUrl("not a valid URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
			throw new RefusedUrl(allowHttp ? "only http and https URLs are allowed" : "only https URLs are allowed (the channel does not allow http)");
		}
		if (uri.getRawUserInfo() != null) {
			throw new RefusedUrl("credentials in the URL are not allowed; use the channel secret");
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new RefusedUrl("the URL has no host");
		}
		String normalized = host.toLowerCase(Locale.ROOT);
		if (normalized.startsWith("[") && normalized.endsWith("]")) {
			normalized = normalized.substring(1, normalized.length() - 1);
		}
		if (allowedHosts.contains(normalized)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(normalized);
		}
		catch (UnknownHostException e) {
			throw new RefusedUrl("the host " + host + " cannot be resolved");
		}
		for (InetAddress address : addresses) {
			if (address.isLoopbackAddress()) {
				if (!allowLoopback) {
					throw new RefusedUrl("the host " + host + " is a loopback address; the channel does not allow loopback");
				}
			}
			else if (!isPublic(address)) {
				throw new RefusedUrl("the host " + host + " resolves to a non-public address (" + address.getHostAddress()
						+ "); an administrator must add it to postgate.publishing.allowed-hosts");
			}
		}
		return uri;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first != 0 // "this network"
					&& !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
					&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
					&& !(first == 198 && (second == 18 || second == 19)) // benchmarking
					&& first < 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			if ((first & 0xfe) == 0xfc) {
				return false; // unique local fc00::/7
			}
			if (isIpv4Mapped(b)) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
				}
				catch (UnknownHostException e) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isIpv4Mapped(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}

	static class RefusedUrl extends RuntimeException {

		RefusedUrl(String reason) {
			super(reason);
		}
	}
}
