package io.postgate.audit;

/**
 * One row of audit_entry exactly as stored and hashed. {@code recordedAt} is epoch milliseconds (UTC),
 * {@code actorRoles} and {@code platforms} are comma-separated.
 */
record StoredEntry(long sequence, long recordedAt, String actorRef, String actorRoles, String contentId, Integer revision,
		String eventType, String platforms, String payload, String previousHash, String entryHash) {

	StoredEntry withHashes(String previousHash, String entryHash) {
		return new StoredEntry(sequence, recordedAt, actorRef, actorRoles, contentId, revision, eventType, platforms, payload,
				previousHash, entryHash);
	}

	/** This entry, chained to {@code previousHash} and sealed with its own hash. */
	StoredEntry sealedAfter(String previousHash) {
		StoredEntry linked = withHashes(previousHash, null);
		return linked.withHashes(previousHash, EntryHash.of(linked));
	}
}
