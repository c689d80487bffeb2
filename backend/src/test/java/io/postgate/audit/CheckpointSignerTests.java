package io.postgate.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointSignerTests {

	@TempDir
	Path directory;

	@Test
	void generatesTheKeyOnFirstUseAndReusesItAfterwards() throws Exception {
		Path keyFile = directory.resolve("keys/signing.pem");

		CheckpointSigner first = CheckpointSigner.fromFile(keyFile);
		CheckpointSigner second = CheckpointSigner.fromFile(keyFile);

		assertThat(Files.readString(keyFile)).contains("BEGIN PRIVATE KEY", "BEGIN PUBLIC KEY");
		assertThat(second.keyId()).isEqualTo(first.keyId());
		assertThat(second.verifies(signed(first, 10))).isTrue();
	}

	@Test
	void signatureCoversEveryField() {
		CheckpointSigner signer = CheckpointSigner.fromFile(directory.resolve("signing.pem"));
		AuditCheckpoint checkpoint = signed(signer, 10);

		AuditCheckpoint larger = new AuditCheckpoint(checkpoint.chainId(), 11, checkpoint.headHash(), checkpoint.createdAt(),
				checkpoint.keyId(), checkpoint.signature());
		AuditCheckpoint otherHead = new AuditCheckpoint(checkpoint.chainId(), 10, "b".repeat(64), checkpoint.createdAt(),
				checkpoint.keyId(), checkpoint.signature());

		assertThat(signer.verifies(checkpoint)).isTrue();
		assertThat(signer.verifies(larger)).isFalse();
		assertThat(signer.verifies(otherHead)).isFalse();
	}

	@Test
	void checkpointSignedWithAnotherKeyIsRejected() {
		CheckpointSigner signer = CheckpointSigner.fromFile(directory.resolve("signing.pem"));
		CheckpointSigner intruder = CheckpointSigner.fromFile(directory.resolve("intruder.pem"));

		assertThat(signer.verifies(signed(intruder, 10))).isFalse();
	}

	private static AuditCheckpoint signed(CheckpointSigner signer, long size) {
		AuditCheckpoint unsigned = new AuditCheckpoint("6f1c2d9e-0000-4000-8000-000000000001", size, "a".repeat(64),
				Instant.parse("2025-03-01T10:00:00Z"), signer.keyId(), null);
		return new AuditCheckpoint(unsigned.chainId(), size, unsigned.headHash(), unsigned.createdAt(), signer.keyId(),
				signer.sign(unsigned.signedText()));
	}
}
