package io.postgate.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryHashTests {

	private final StoredEntry entry = new StoredEntry(7, 1_740_000_000_123L, "system", "ADMIN", "c-1", 2, "ContentSubmitted",
			"WEIBO,WECHAT", "{\"title\":\"新品上市\"}", EntryHash.GENESIS, null);

	@Test
	void hashIsStableHexSha256() {
		assertThat(EntryHash.of(entry)).hasSize(64).matches("[0-9a-f]+").isEqualTo(EntryHash.of(entry));
	}

	@Test
	void fieldBoundariesAreUnambiguous() {
		StoredEntry shifted = new StoredEntry(7, 1_740_000_000_123L, "system", "ADMIN", "c-1", 2, "ContentSubmitte",
				"dWEIBO,WECHAT", entry.payload(), EntryHash.GENESIS, null);

		assertThat(EntryHash.of(shifted)).isNotEqualTo(EntryHash.of(entry));
	}

	@Test
	void nullDiffersFromEmpty() {
		StoredEntry withoutContent = new StoredEntry(7, 1_740_000_000_123L, "system", "ADMIN", null, 2, "ContentSubmitted",
				"WEIBO,WECHAT", entry.payload(), EntryHash.GENESIS, null);
		StoredEntry emptyContent = new StoredEntry(7, 1_740_000_000_123L, "system", "ADMIN", "", 2, "ContentSubmitted",
				"WEIBO,WECHAT", entry.payload(), EntryHash.GENESIS, null);

		assertThat(EntryHash.of(withoutContent)).isNotEqualTo(EntryHash.of(emptyContent));
	}

	@Test
	void hashCoversThePreviousHash() {
		assertThat(entry.sealedAfter("1".repeat(64)).entryHash()).isNotEqualTo(entry.sealedAfter(EntryHash.GENESIS).entryHash());
	}

	@Test
	void hashCoversTheSequenceNumber() {
		StoredEntry renumbered = new StoredEntry(8, entry.recordedAt(), entry.actorRef(), entry.actorRoles(), entry.contentId(),
				entry.revision(), entry.eventType(), entry.platforms(), entry.payload(), entry.previousHash(), null);

		assertThat(EntryHash.of(renumbered)).isNotEqualTo(EntryHash.of(entry));
	}
}
