package io.postgate.audit;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Recomputes the hash chain entry by entry and holds it against the signed checkpoints. The chain alone
 * catches an edited, deleted, inserted or reordered entry; the checkpoints catch what the chain cannot:
 * a removed tail and a chain recomputed from an altered entry onwards.
 */
final class ChainVerifier {

	private ChainVerifier() {
	}

	static VerificationReport verify(Iterator<StoredEntry> entries, List<LoadedCheckpoint> loaded) {
		int checkpointCount = loaded.size();
		for (LoadedCheckpoint checkpoint : loaded) {
			if (checkpoint.checkpoint() == null || !checkpoint.signatureValid()) {
				return VerificationReport.broken(0, checkpointCount, null,
						"checkpoint " + checkpoint.file() + " is unreadable or its signature is not valid for the configured key");
			}
		}
		List<AuditCheckpoint> checkpoints = loaded.stream().map(LoadedCheckpoint::checkpoint)
				.sorted(Comparator.comparingLong(AuditCheckpoint::size)).toList();
		int nextCheckpoint = 0;
		long lastMatchedCheckpoint = 0;
		long expected = 1;
		String previousHash = EntryHash.GENESIS;
		while (entries.hasNext()) {
			StoredEntry entry = entries.next();
			if (entry.sequence() != expected) {
				return VerificationReport.broken(expected - 1, checkpointCount, expected, entry.sequence() > expected
						? "entry " + expected + " is missing: the next entry is " + entry.sequence()
						: "entry " + entry.sequence() + " appears after entry " + (expected - 1));
			}
			if (!entry.previousHash().equals(previousHash)) {
				return VerificationReport.broken(expected - 1, checkpointCount, expected,
						"entry " + expected + " does not link to the hash of entry " + (expected - 1));
			}
			String hash = EntryHash.of(entry);
			if (!hash.equals(entry.entryHash())) {
				return VerificationReport.broken(expected - 1, checkpointCount, expected,
						"entry " + expected + " does not match its hash: it was altered");
			}
			while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).size() == expected) {
				if (!checkpoints.get(nextCheckpoint).headHash().equals(hash)) {
					return VerificationReport.broken(expected, checkpointCount, lastMatchedCheckpoint + 1,
							"entries " + (lastMatchedCheckpoint + 1) + " to " + expected + " do not match the checkpoint signed at size "
									+ expected + ": the chain was rewritten");
				}
				lastMatchedCheckpoint = expected;
				nextCheckpoint++;
			}
			previousHash = hash;
			expected++;
		}
		long size = expected - 1;
		if (nextCheckpoint < checkpoints.size()) {
			return VerificationReport.broken(size, checkpointCount, size + 1, "the chain ends at entry " + size
					+ " but a checkpoint was signed at size " + checkpoints.get(checkpoints.size() - 1).size() + ": entries were removed");
		}
		return VerificationReport.intact(size, checkpointCount);
	}
}
