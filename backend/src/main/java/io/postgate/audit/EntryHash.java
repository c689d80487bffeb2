package io.postgate.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: SHA-256 over a canonical encoding of an entry and its predecessor's hash. Each field
 * is written as a 4-byte big-endian length and its UTF-8 bytes (length -1 for null), after the domain
 * tag {@value #DOMAIN}; numbers are written as decimal text. docs/audit.md describes it for offline verifiers.
 */
final class EntryHash {

	static final String DOMAIN = "postgate-audit-entry-v1";
	static final String GENESIS = "0".repeat(64);

	private EntryHash() {
	}

	static String of(StoredEntry entry) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + entry.payload().length() * 2);
		field(bytes, DOMAIN);
		field(bytes, Long.toString(entry.sequence()));
		field(bytes, Long.toString(entry.recordedAt()));
		field(bytes, entry.actorRef());
		field(bytes, entry.actorRoles());
		field(bytes, entry.contentId());
		field(bytes, entry.revision() == null ? null : entry.revision().toString());
		field(bytes, entry.eventType());
		field(bytes, entry.platforms());
		field(bytes, entry.payload());
		field(bytes, entry.previousHash());
		return sha256(bytes.toByteArray());
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK always provides SHA-256", e);
		}
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			writeInt(out, -1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		writeInt(out, utf8.length);
		out.writeBytes(utf8);
	}

	private static void writeInt(ByteArrayOutputStream out, int value) {
		out.write(value >>> 24);
		out.write(value >>> 16);
		out.write(value >>> 8);
		out.write(value);
	}
}
