package io.postgate.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the trail as readers see it. {@code actor} and {@code payload} show personal data resolved
 * ("[erased]" after erasure); {@code actorRef}, {@code storedPayload} and the hashes are what the chain covers.
 */
public record AuditEntry(long sequence, Instant recordedAt, String actor, String actorRef, List<String> actorRoles, String contentId,
		Integer revision, String eventType, List<String> platforms, JsonNode payload, String storedPayload, String previousHash,
		String entryHash) {
}
