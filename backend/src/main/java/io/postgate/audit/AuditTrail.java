package io.postgate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Postgate's tamper-evident audit trail: what other modules and the API read. Entries are written by
 * recording domain events (see {@code AuditEventRecorder}); nothing here changes a recorded entry.
 */
@Service
public class AuditTrail {

	static final int CHUNK = 500;
	static final String VERIFICATION = "Each entry's entryHash is SHA-256 over its fields and previousHash (encoding in docs/audit.md); "
			+ "entries link by previousHash from 64 zeros at entry 1. A checkpoint's signature (Ed25519, key publicKeyPem) covers "
			+ "its signedText(); its headHash must equal the entryHash of entry number size. Verify the whole chain up to a "
			+ "checkpoint from a full JSON export of GET /api/audit/export.";

	private final AuditEntries entries;
	private final AuditLog log;
	private final AuditEventRecorder recorder;
	private final PersonalDataVault vault;
	private final Checkpoints checkpoints;
	private final ObjectMapper json;

	AuditTrail(AuditEntries entries, AuditLog log, AuditEventRecorder recorder, PersonalDataVault vault, Checkpoints checkpoints,
			ObjectMapper json) {
		this.entries = entries;
		this.log = log;
		this.recorder = recorder;
		this.vault = vault;
		this.checkpoints = checkpoints;
		this.json = json;
	}

	/** The entries about one content item, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> timeline(String contentId) {
		List<AuditEntry> timeline = new ArrayList<>();
		export(AuditQuery.forContent(contentId), timeline::add);
		return timeline;
	}

	/** One page of the entries matching {@code query}, oldest first; {@code size} from 1 to 200. */
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page, int size) {
		if (page < 0 || size < 1 || size > 200) {
			throw new IllegalArgumentException("page must be at least 0 and size between 1 and 200");
		}
		Optional<AuditEntries.Filter> filter = filter(query);
		if (filter.isEmpty()) {
			return new AuditPage(List.of(), page, size, 0, 0);
		}
		long total = entries.count(filter.get());
		return new AuditPage(toEntries(entries.page(filter.get(), page, size)), page, size, total, (total + size - 1) / size);
	}

	/** Hands every entry matching {@code query} to {@code sink}, oldest first, reading in chunks. */
	public void export(AuditQuery query, Consumer<AuditEntry> sink) {
		Optional<AuditEntries.Filter> filter = filter(query);
		if (filter.isEmpty()) {
			return;
		}
		long after = 0;
		List<StoredEntry> chunk;
		do {
			chunk = entries.find(filter.get(), after, CHUNK);
			toEntries(chunk).forEach(sink);
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).sequence();
		}
		while (chunk.size() == CHUNK);
	}

	/** A content item's entries with their hashes and the signed checkpoints that cover them. */
	public AuditEvidence evidence(String contentId) {
		List<AuditEntry> timeline = timeline(contentId);
		checkpoints.checkpointHead();
		String chainId = entries.chainId();
		List<AuditCheckpoint> all = checkpoints.load(chainId).stream().filter(LoadedCheckpoint::signatureValid)
				.map(LoadedCheckpoint::checkpoint).sorted(Comparator.comparingLong(AuditCheckpoint::size)).toList();
		long last = timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).sequence();
		List<AuditCheckpoint> relevant = new ArrayList<>();
		all.stream().filter(checkpoint -> checkpoint.size() >= last).findFirst().ifPresent(relevant::add);
		if (!all.isEmpty() && !relevant.contains(all.get(all.size() - 1))) {
			relevant.add(all.get(all.size() - 1));
		}
		return new AuditEvidence(contentId, chainId, timeline, relevant, checkpoints.publicKeyPem(), VERIFICATION);
	}

	/** Recomputes the chain, holds it against the signed checkpoints and checks the personal-data commitments. */
	public VerificationReport verify() {
		List<LoadedCheckpoint> signed = checkpoints.load(entries.chainId());
		VerificationReport report = ChainVerifier.verify(new Chunked(), signed);
		if (!report.valid()) {
			return report;
		}
		return vault.firstAlteredValue()
				.map(problem -> VerificationReport.broken(report.entries(), report.checkpoints(), null, problem))
				.orElse(report);
	}

	/** Signs a checkpoint of the current head now (unless one exists), e.g. before handing out evidence. */
	public Optional<AuditCheckpoint> checkpoint() {
		return checkpoints.checkpointHead();
	}

	/**
	 * Erases a person's personal data (GDPR/PIPL): their pseudonym's key and every personal value of theirs.
	 * Their entries stay, showing "[erased]"; the chain still verifies. The erasure itself is recorded.
	 */
	@Transactional
	public ErasureReport erase(String username) {
		Optional<String> subject = vault.subjectOf(username);
		int values = subject.map(vault::countValues).orElse(0);
		StoredEntry recorded = log.append(recorder.describe(new PersonalDataErased(subject.orElse(null), values)));
		Optional<Integer> erased = vault.erase(username);
		return new ErasureReport(erased.isPresent(), erased.orElse(0), recorded.sequence());
	}

	private Optional<AuditEntries.Filter> filter(AuditQuery query) {
		String actorRef = null;
		if (query.actor() != null) {
			actorRef = query.actor().equals(PersonalDataVault.SYSTEM) ? PersonalDataVault.SYSTEM : vault.subjectOf(query.actor()).orElse(null);
			if (actorRef == null) {
				return Optional.empty();
			}
		}
		return Optional.of(new AuditEntries.Filter(query.contentId(), actorRef, query.eventType(), query.platform(),
				query.from() == null ? null : query.from().toEpochMilli(), query.to() == null ? null : query.to().toEpochMilli()));
	}

	private List<AuditEntry> toEntries(List<StoredEntry> stored) {
		PersonalDataVault.Resolver resolver = vault.resolver(stored);
		return stored.stream().map(entry -> new AuditEntry(entry.sequence(), Instant.ofEpochMilli(entry.recordedAt()),
				resolver.actor(entry.actorRef()), entry.actorRef(), split(entry.actorRoles()), entry.contentId(), entry.revision(),
				entry.eventType(), split(entry.platforms()), resolver.payload(parse(entry.payload())), entry.payload(),
				entry.previousHash(), entry.entryHash())).toList();
	}

	private com.fasterxml.jackson.databind.JsonNode parse(String payload) {
		try {
			return json.readTree(payload);
		}
		catch (JsonProcessingException e) {
			return json.getNodeFactory().textNode(payload);
		}
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/** The whole chain in sequence order, read {@value #CHUNK} entries at a time. */
	private final class Chunked implements Iterator<StoredEntry> {

		private Iterator<StoredEntry> chunk = List.<StoredEntry>of().iterator();
		private long last;
		private boolean exhausted;

		@Override
		public boolean hasNext() {
			if (!chunk.hasNext() && !exhausted) {
				List<StoredEntry> next = entries.after(last, CHUNK);
				exhausted = next.size() < CHUNK;
				if (!next.isEmpty()) {
					last = next.get(next.size() - 1).sequence();
				}
				chunk = next.iterator();
			}
			return chunk.hasNext();
		}

		@Override
		public StoredEntry next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return chunk.next();
		}
	}
}
