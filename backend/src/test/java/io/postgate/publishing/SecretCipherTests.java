package io.postgate.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTests {

	@TempDir
	Path dir;

	@Test
	void encryptsWithAFreshNonceAndDecryptsForTheSameChannelOnly() {
		SecretCipher cipher = new SecretCipher(properties(Base64.getEncoder().encodeToString(new byte[32]), dir.resolve("unused.key")));

		String first = cipher.encrypt("hook-signing-secret", "channel-a");
		String second = cipher.encrypt("hook-signing-secret", "channel-a");

		assertThat(first).isNotEqualTo(second).doesNotContain("hook-signing-secret").startsWith("v1:");
		assertThat(cipher.decrypt(first, "channel-a")).isEqualTo("hook-signing-secret");
		assertThatThrownBy(() -> cipher.decrypt(first, "channel-b")).hasMessageContaining("could not decrypt");
	}

	@Test
	void generatesAKeyFileOnFirstStartAndReusesItAfterwards() throws Exception {
		Path keyFile = dir.resolve("keys").resolve("channel-secret.key");
		String sealed = new SecretCipher(properties(null, keyFile)).encrypt("hook-signing-secret", "channel-a");

		assertThat(keyFile).isRegularFile();
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
		if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		}
		assertThat(new SecretCipher(properties(null, keyFile)).decrypt(sealed, "channel-a")).isEqualTo("hook-signing-secret");
		assertThatThrownBy(() -> new SecretCipher(properties(null, dir.resolve("other.key"))).decrypt(sealed, "channel-a"))
				.hasMessageContaining("was the key changed");
	}

	@Test
	void refusesAConfiguredKeyOfTheWrongLength() {
		assertThatThrownBy(() -> new SecretCipher(properties(Base64.getEncoder().encodeToString(new byte[10]), dir.resolve("k"))))
				.hasMessageContaining("16, 24 or 32 bytes");
	}

	private static PublishingProperties properties(String key, Path keyFile) {
		return new PublishingProperties(Path.of("outbox"), key, keyFile, List.of(), Duration.ofSeconds(10), 0.20, Path.of("proofs"));
	}
}
