package io.postgate.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * SHA-256 over exactly what would be published: title, body, per-platform variants, platforms and
 * attachment hashes, in a canonical, length-prefixed encoding. What was approved is what is published.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(String title, String body, Map<Platform, Variant> variants, Set<Platform> platforms, List<String> attachmentHashes) {
		StringBuilder canonical = new StringBuilder();
		field(canonical, "title", title);
		field(canonical, "body", body);
		new TreeMap<>(variants).forEach((platform, variant) -> {
			field(canonical, "variant." + platform.id() + ".title", variant.title());
			field(canonical, "variant." + platform.id() + ".body", variant.body());
		});
		field(canonical, "platforms", platforms.stream().map(Platform::id).sorted().collect(Collectors.joining(",")));
		field(canonical, "attachments", attachmentHashes.stream().sorted().collect(Collectors.joining(",")));
		return sha256(canonical.toString());
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void field(StringBuilder canonical, String name, String value) {
		String text = value == null ? "" : value;
		canonical.append(name).append(':').append(text.length()).append(':').append(text).append('\n');
	}
}
