package io.postgate.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Signs checkpoints of the chain: after every {@code checkpoint-every} entries (once the entry committed)
 * and, when entries were added since, every {@code checkpoint-interval}. Committed entries never change,
 * so a checkpoint needs no lock; two nodes signing the same size keep the first file.
 */
@Component
class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	private final CheckpointStore store;
	private final AuditEntries entries;

	Checkpoints(AuditProperties properties, AuditEntries entries, ObjectMapper json, Clock clock) {
		this.store = new CheckpointStore(properties.checkpointDirectory(), CheckpointSigner.fromFile(properties.signingKey()), json, clock);
		this.entries = entries;
	}

	void write(String chainId, long size, String headHash) {
		try {
			store.write(chainId, size, headHash);
		}
		catch (RuntimeException e) {
			// The entry is committed; the next interval checkpoint covers it. Never fail the business change.
			log.error("Could not write the audit checkpoint at size {}", size, e);
		}
	}

	/** Signs a checkpoint of the current head unless one exists; empty while the chain is empty. */
	Optional<AuditCheckpoint> checkpointHead() {
		String chainId = entries.chainId();
		return entries.head().map(head -> store.write(chainId, head.sequence(), head.entryHash()));
	}

	@Scheduled(fixedDelayString = "${postgate.audit.checkpoint-interval:10m}", initialDelayString = "${postgate.audit.checkpoint-interval:10m}")
	void checkpointIfBehind() {
		String chainId = entries.chainId();
		entries.head().filter(head -> head.sequence() > store.latestSize(chainId))
				.ifPresent(head -> write(chainId, head.sequence(), head.entryHash()));
	}

	List<LoadedCheckpoint> load(String chainId) {
		return store.load(chainId);
	}

	String publicKeyPem() {
		return store.publicKeyPem();
	}
}
