package io.postgate.publishing;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts channel secrets at rest with AES-GCM. The channel id is the associated data, so a ciphertext copied to
 * another channel's row does not decrypt. The key comes from {@code postgate.publishing.secret-key} or from a key file
 * generated on first start (owner-only permissions where the file system supports them).
 */
@Component
class SecretCipher {

	private static final String PREFIX = "v1:";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	SecretCipher(PublishingProperties properties) {
		byte[] raw = properties.secretKey() == null || properties.secretKey().isBlank() ? keyFile(properties.secretKeyFile())
				: Base64.getDecoder().decode(properties.secretKey().trim());
		if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
			throw new IllegalStateException("postgate.publishing.secret-key must be 16, 24 or 32 bytes (base64), not " + raw.length);
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	String encrypt(String plain, String channelId) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("could not encrypt a channel secret", e);
		}
	}

	String decrypt(String stored, String channelId) {
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("unknown secret format for channel " + channelId);
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("could not decrypt the secret of channel " + channelId + " (was the key changed?)", e);
		}
	}

	private byte[] keyFile(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] generated = new byte[32];
				random.nextBytes(generated);
				try {
					Files.write(file, Base64.getEncoder().encode(generated), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					restrictToOwner(file);
				}
				catch (FileAlreadyExistsException raced) {
					// another instance generated it first: use theirs
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read or create the channel secret key " + file, e);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		else {
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
		}
	}
}
