package io.postgate.audit;

import java.util.List;

/**
 * The audit part of one content item's evidence pack: its entries with their hashes, the signed
 * checkpoints that cover them (the first at or after its last entry, and the latest), and the public key
 * that verifies the checkpoints. {@code verification} says how to check it offline (see docs/audit.md).
 */
public record AuditEvidence(String contentId, String chainId, List<AuditEntry> entries, List<AuditCheckpoint> checkpoints,
		String publicKeyPem, String verification) {
}
