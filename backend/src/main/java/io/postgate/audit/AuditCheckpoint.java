package io.postgate.audit;

import java.time.Instant;

/**
 * A signed statement "the chain {@code chainId} had {@code size} entries and its head hash was
 * {@code headHash}", written to the checkpoint directory outside the database.
 *
 * @param signature Base64 Ed25519 signature over {@link #signedText()}
 * @param keyId the first 16 hex digits of the SHA-256 of the signing public key (X.509 encoding)
 */
public record AuditCheckpoint(String chainId, long size, String headHash, Instant createdAt, String keyId, String signature) {

	static final String DOMAIN = "postgate-audit-checkpoint-v1";

	/** The exact UTF-8 text that is signed: domain, chain id, size, head hash, time and key id, one per line. */
	public String signedText() {
		return DOMAIN + "\n" + chainId + "\n" + size + "\n" + headHash + "\n" + createdAt + "\n" + keyId;
	}
}
