package io.postgate.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTests {

	private static final String CHAIN = UUID.randomUUID().toString();

	@TempDir
	Path directory;

	private CheckpointStore store;
	private List<StoredEntry> chain;

	@BeforeEach
	void setUp() {
		ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		store = new CheckpointStore(directory.resolve("checkpoints"), CheckpointSigner.fromFile(directory.resolve("key.pem")), json,
				Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
		chain = chainOf(6);
	}

	@Test
	void intactChainWithCheckpointsVerifies() {
		checkpointAt(3);
		checkpointAt(6);

		VerificationReport report = verify(chain);

		assertThat(report.valid()).isTrue();
		assertThat(report.entries()).isEqualTo(6);
		assertThat(report.checkpoints()).isEqualTo(2);
		assertThat(report.firstBrokenSequence()).isNull();
	}

	@Test
	void emptyChainVerifies() {
		assertThat(verify(List.of()).valid()).isTrue();
	}

	@Test
	void detectsAnEditedEntry() {
		StoredEntry original = chain.get(3);
		chain.set(3, new StoredEntry(original.sequence(), original.recordedAt(), original.actorRef(), original.actorRoles(),
				original.contentId(), original.revision(), original.eventType(), original.platforms(), "{\"outcome\":\"APPROVE\"}",
				original.previousHash(), original.entryHash()));

		assertBrokenAt(verify(chain), 4, "altered");
	}

	@Test
	void detectsAnEditedTime() {
		StoredEntry original = chain.get(1);
		chain.set(1, new StoredEntry(original.sequence(), original.recordedAt() - 60_000, original.actorRef(), original.actorRoles(),
				original.contentId(), original.revision(), original.eventType(), original.platforms(), original.payload(),
				original.previousHash(), original.entryHash()));

		assertBrokenAt(verify(chain), 2, "altered");
	}

	@Test
	void detectsADeletedEntry() {
		chain.remove(2);

		assertBrokenAt(verify(chain), 3, "missing");
	}

	@Test
	void detectsAnInsertedEntryEvenWhenItsOwnHashIsCorrect() {
		StoredEntry forged = entry(3, "{\"forged\":true}").sealedAfter(chain.get(1).entryHash());
		List<StoredEntry> tampered = new ArrayList<>(chain.subList(0, 2));
		tampered.add(forged);
		chain.subList(2, chain.size()).forEach(entry -> tampered.add(renumbered(entry, entry.sequence() + 1)));

		assertBrokenAt(verify(tampered), 4, null);
	}

	@Test
	void detectsReorderedEntries() {
		List<StoredEntry> tampered = new ArrayList<>(chain);
		tampered.set(2, renumbered(chain.get(3), 3));
		tampered.set(3, renumbered(chain.get(2), 4));

		assertBrokenAt(verify(tampered), 3, null);
	}

	@Test
	void detectsARemovedTailThroughTheCheckpoint() {
		checkpointAt(6);

		assertBrokenAt(verify(chain.subList(0, 4)), 5, "removed");
	}

	@Test
	void removedTailAfterTheLastCheckpointGoesUnnoticedUntilTheNextCheckpoint() {
		checkpointAt(4);

		assertThat(verify(chain.subList(0, 5)).valid()).isTrue();
	}

	@Test
	void detectsAFullyRecomputedChainThroughTheCheckpoint() {
		checkpointAt(2);
		checkpointAt(6);
		List<StoredEntry> rewritten = new ArrayList<>(chain.subList(0, 3));
		String previous = rewritten.get(2).entryHash();
		for (StoredEntry entry : chain.subList(3, 6)) {
			String payload = entry.sequence() == 4 ? "{\"outcome\":\"APPROVE\"}" : entry.payload();
			StoredEntry resealed = new StoredEntry(entry.sequence(), entry.recordedAt(), entry.actorRef(), entry.actorRoles(),
					entry.contentId(), entry.revision(), entry.eventType(), entry.platforms(), payload, null, null).sealedAfter(previous);
			rewritten.add(resealed);
			previous = resealed.entryHash();
		}

		VerificationReport report = verify(rewritten);

		assertThat(report.valid()).isFalse();
		assertThat(report.firstBrokenSequence()).isEqualTo(3);
		assertThat(report.problem()).contains("rewritten");
	}

	@Test
	void rejectsACheckpointWithAForgedSignature() {
		AuditCheckpoint genuine = store.write(CHAIN, 6, chain.get(5).entryHash());
		AuditCheckpoint forged = new AuditCheckpoint(CHAIN, 4, chain.get(3).entryHash(), genuine.createdAt(), genuine.keyId(),
				genuine.signature());

		VerificationReport report = ChainVerifier.verify(chain.iterator(), List.of(new LoadedCheckpoint("forged", forged, false)));

		assertThat(report.valid()).isFalse();
		assertThat(report.problem()).contains("signature");
	}

	private VerificationReport verify(List<StoredEntry> entries) {
		return ChainVerifier.verify(entries.iterator(), store.load(CHAIN));
	}

	private void checkpointAt(int size) {
		store.write(CHAIN, size, chain.get(size - 1).entryHash());
	}

	private static void assertBrokenAt(VerificationReport report, long sequence, String problem) {
		assertThat(report.valid()).isFalse();
		assertThat(report.firstBrokenSequence()).isEqualTo(sequence);
		if (problem != null) {
			assertThat(report.problem()).contains(problem);
		}
	}

	private static List<StoredEntry> chainOf(int size) {
		List<StoredEntry> entries = new ArrayList<>();
		String previous = EntryHash.GENESIS;
		for (int sequence = 1; sequence <= size; sequence++) {
			StoredEntry entry = entry(sequence, "{\"outcome\":\"REJECT\",\"n\":" + sequence + "}").sealedAfter(previous);
			entries.add(entry);
			previous = entry.entryHash();
		}
		return entries;
	}

	private static StoredEntry entry(long sequence, String payload) {
		return new StoredEntry(sequence, 1_740_000_000_000L + sequence, "system", "", "content-1", 1, "TaskCompleted", "WEIBO",
				payload, null, null);
	}

	private static StoredEntry renumbered(StoredEntry entry, long sequence) {
		return new StoredEntry(sequence, entry.recordedAt(), entry.actorRef(), entry.actorRoles(), entry.contentId(), entry.revision(),
				entry.eventType(), entry.platforms(), entry.payload(), entry.previousHash(), entry.entryHash());
	}
}
