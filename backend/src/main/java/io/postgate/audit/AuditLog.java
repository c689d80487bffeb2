package io.postgate.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Optional;

/**
 * Appends entries to the chain. Runs in the caller's transaction (or opens one), so an entry commits or
 * rolls back with the change it records. Appends serialise on the locked chain row, which keeps the
 * sequence gap-free and stops two nodes from forking the chain.
 */
@Component
class AuditLog {

	private final AuditEntries entries;
	private final PersonalDataVault vault;
	private final Checkpoints checkpoints;
	private final AuditProperties properties;
	private final Clock clock;

	AuditLog(AuditEntries entries, PersonalDataVault vault, Checkpoints checkpoints, AuditProperties properties, Clock clock) {
		this.entries = entries;
		this.vault = vault;
		this.checkpoints = checkpoints;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public StoredEntry append(RecordedEvent event) {
		String chainId = entries.lockChain();
		Optional<StoredEntry> head = entries.head();
		long sequence = head.map(StoredEntry::sequence).orElse(0L) + 1;
		String previousHash = head.map(StoredEntry::entryHash).orElse(EntryHash.GENESIS);
		String actorRef = vault.subjectRef(event.actor());
		String payload = vault.protect(sequence, event.payload(), event.payloadType(), event.actor());
		StoredEntry entry = new StoredEntry(sequence, clock.millis(), actorRef, event.actorRoles(), event.contentId(), event.revision(),
				event.eventType(), event.platforms(), payload, null, null).sealedAfter(previousHash);
		entries.insert(entry);
		if (sequence % properties.checkpointEvery() == 0) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					checkpoints.write(chainId, entry.sequence(), entry.entryHash());
				}
			});
		}
		return entry;
	}
}
