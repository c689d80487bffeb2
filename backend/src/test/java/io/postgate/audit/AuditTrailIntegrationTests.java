package io.postgate.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;
import io.postgate.testing.ContentNoted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PostgateIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditEntries entries;

	@Autowired
	UserDirectory directory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditVerifyCommand command;

	@AfterEach
	void clearAuthentication() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void userCreatedThroughTheDirectoryIsRecordedInTheSameTransaction() {
		String username = unique("rolledback");
		long headBefore = headSequence();

		transactions.executeWithoutResult(status -> {
			directory.create(username, "Rolled Back", "secret-123", "en", Set.of(Role.EDITOR));
			StoredEntry inTransaction = entries.head().orElseThrow();
			assertThat(inTransaction.eventType()).isEqualTo("UserChanged");
			assertThat(inTransaction.sequence()).isEqualTo(headBefore + 1);
			assertThat(payloadOf(inTransaction.sequence()).at("/user/username").asText()).isEqualTo(username);
			status.setRollbackOnly();
		});

		assertThat(directory.exists(username)).isFalse();
		assertThat(headSequence()).isEqualTo(headBefore);
	}

	@Test
	void userCreatedThroughTheDirectoryAppearsInTheTrail() {
		String username = unique("created");

		directory.create(username, "Cara Created", "secret-123", "en", Set.of(Role.REVIEWER));

		AuditEntry entry = latest("UserChanged");
		assertThat(entry.payload().at("/user/username").asText()).isEqualTo(username);
		assertThat(entry.payload().at("/user/displayName").asText()).isEqualTo("Cara Created");
		assertThat(entry.actor()).isEqualTo("system");
		assertThat(entry.storedPayload()).doesNotContain(username).doesNotContain("Cara Created");
	}

	@Test
	void failedLoginIsRecordedWithItsClientAddressKeptOutOfTheHashedPayload() throws Exception {
		String username = unique("guess");

		mvc.perform(post("/api/auth/login").with(BrowserSession.anonymous(mvc).csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"wrong\"}")).andExpect(status().isUnauthorized());

		AuditEntry entry = latest("LoginFailed");
		assertThat(entry.payload().get("username").asText()).isEqualTo(username);
		assertThat(entry.payload().get("clientAddress").asText()).isEqualTo("127.0.0.1");
		assertThat(entry.payload().get("reason").asText()).isEqualTo("BadCredentialsException");
		assertThat(entry.storedPayload()).doesNotContain(username).doesNotContain("127.0.0.1").contains("BadCredentialsException");
	}

	@Test
	void recordsContentIdRevisionPlatformsAndTheAuthenticatedActorWithRoles() {
		String contentId = unique("content");
		actAs("lead1", Role.EDITOR, Role.REVIEWER);

		events.publishEvent(new ContentNoted(contentId, 3, List.of("weibo", "WeChat"), "submitted", null));

		AuditEntry entry = trail.timeline(contentId).get(0);
		assertThat(entry.eventType()).isEqualTo("ContentNoted");
		assertThat(entry.revision()).isEqualTo(3);
		assertThat(entry.platforms()).containsExactly("WEIBO", "WECHAT");
		assertThat(entry.actor()).isEqualTo("lead1");
		assertThat(entry.actorRoles()).containsExactly("EDITOR", "REVIEWER");
		assertThat(entry.payload().get("note").asText()).isEqualTo("submitted");
	}

	@Test
	void timelineListsOneContentItemsEntriesInOrderAndGapFree() {
		String contentId = unique("content");
		String other = unique("content");

		events.publishEvent(new ContentNoted(contentId, 1, List.of("WEIBO"), "created", null));
		events.publishEvent(new ContentNoted(other, 1, List.of("WEIBO"), "elsewhere", null));
		events.publishEvent(new ContentNoted(contentId, 2, List.of("WEIBO"), "revised", null));
		events.publishEvent(new ContentNoted(contentId, 2, List.of("WEIBO"), "submitted", null));

		List<AuditEntry> timeline = trail.timeline(contentId);
		assertThat(timeline).extracting(entry -> entry.payload().get("note").asText()).containsExactly("created", "revised", "submitted");
		assertThat(timeline.get(1).sequence()).isEqualTo(timeline.get(0).sequence() + 2);
		assertThat(timeline.get(2).sequence()).isEqualTo(timeline.get(1).sequence() + 1);
		assertThat(timeline.get(2).previousHash()).isEqualTo(timeline.get(1).entryHash());
	}

	@Test
	void evidenceHoldsTheEntriesAndACheckpointThatVerifiesWithThePublishedKey() throws Exception {
		String contentId = unique("content");
		events.publishEvent(new ContentNoted(contentId, 1, List.of("DOUYIN"), "created", null));
		events.publishEvent(new ContentNoted(contentId, 1, List.of("DOUYIN"), "approved", null));

		AuditEvidence evidence = trail.evidence(contentId);

		assertThat(evidence.entries()).hasSize(2);
		long last = evidence.entries().get(1).sequence();
		AuditCheckpoint covering = evidence.checkpoints().get(0);
		assertThat(covering.size()).isGreaterThanOrEqualTo(last);
		assertThat(covering.chainId()).isEqualTo(evidence.chainId());
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(
				evidence.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").strip()))));
		signature.update(covering.signedText().getBytes(StandardCharsets.UTF_8));
		assertThat(signature.verify(Base64.getDecoder().decode(covering.signature()))).isTrue();
		for (AuditEntry entry : evidence.entries()) {
			assertThat(EntryHash.of(stored(entry))).isEqualTo(entry.entryHash());
		}
	}

	@Test
	void triggersRejectUpdatesAndDeletesOfEntries() {
		events.publishEvent(new ContentNoted(unique("content"), 1, List.of("X"), "kept", null));

		assertThatThrownBy(() -> jdbc.update("update audit_entry set event_type = 'Forged' where sequence_no = 1"))
				.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where sequence_no = 1"))
				.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("update audit_chain set chain_id = 'x' where id = 1"))
				.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void commandLineVerificationPrintsTheReportAndExitsWithZeroWhenIntact() throws Exception {
		events.publishEvent(new ContentNoted(unique("content"), 1, List.of("X"), "kept", null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = command.verify(new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : true");
	}

	private void actAs(String username, Role... roles) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
	}

	private AuditEntry latest(String eventType) {
		AuditQuery query = new AuditQuery(null, null, eventType, null, null, null);
		AuditPage first = trail.search(query, 0, 1);
		return trail.search(query, (int) first.totalElements() - 1, 1).entries().get(0);
	}

	private JsonNode payloadOf(long sequence) {
		List<AuditEntry> found = new ArrayList<>();
		trail.export(AuditQuery.all(), entry -> {
			if (entry.sequence() == sequence) {
				found.add(entry);
			}
		});
		return found.get(0).payload();
	}

	private long headSequence() {
		return entries.head().map(StoredEntry::sequence).orElse(0L);
	}

	static StoredEntry stored(AuditEntry entry) {
		return new StoredEntry(entry.sequence(), entry.recordedAt().toEpochMilli(), entry.actorRef(), String.join(",", entry.actorRoles()),
				entry.contentId(), entry.revision(), entry.eventType(), entry.platforms().isEmpty() ? null : String.join(",", entry.platforms()),
				entry.storedPayload(), entry.previousHash(), entry.entryHash());
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}
}
