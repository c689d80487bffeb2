package io.postgate.identity;

import java.time.Instant;

/** Someone failed to log in as {@code username}; recorded by the audit trail. */
public record LoginFailed(String username, String clientAddress, String reason, Instant at) {
}
