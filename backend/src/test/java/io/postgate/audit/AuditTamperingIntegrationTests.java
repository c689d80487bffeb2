package io.postgate.audit;

import io.postgate.PostgateIntegrationTest;
import io.postgate.testing.ContentNoted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.postgate.audit.AuditTrailIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test tampers with the trail behind the application's back, checks that verification notices, and restores it. */
@PostgateIntegrationTest
class AuditTamperingIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditEntries entries;

	@Autowired
	AuditVerifyCommand command;

	@Autowired
	MockMvc mvc;

	private AuditTampering tampering;
	private long head;
	private long target;

	@BeforeEach
	void signedChainOfSeveralEntries() {
		String contentId = unique("content");
		for (String note : List.of("created", "revised", "submitted", "approved", "published")) {
			events.publishEvent(new ContentNoted(contentId, 1, List.of("WEIBO"), note, "+86 139 0000 0000"));
		}
		trail.checkpoint();
		assertThat(trail.verify().valid()).isTrue();
		tampering = new AuditTampering(jdbc, dataSource, entries);
		tampering.begin();
		head = tampering.chain().get(tampering.chain().size() - 1).sequence();
		target = head - 2;
	}

	@AfterEach
	void restore() {
		tampering.restore();
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void detectsAnEditedEntry() throws Exception {
		tampering.update("update audit_entry set payload = ? where sequence_no = ?", "{\"note\":\"rejected\"}", target);

		mvc.perform(get("/api/audit/verify").with(httpBasic("compliance1", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenSequence").value(target))
				.andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString("altered")));
	}

	@Test
	void detectsAnEditedActor() {
		tampering.update("update audit_entry set actor_ref = ? where sequence_no = ?", "f".repeat(64), target);

		assertBrokenAt(target, "altered");
	}

	@Test
	void detectsADeletedEntry() {
		tampering.update("delete from audit_entry where sequence_no = ?", target);

		assertBrokenAt(target, "missing");
	}

	@Test
	void detectsAnInsertedEntry() {
		StoredEntry before = entryAt(target - 1);
		tampering.renumberFrom(target, 1);
		tampering.insert(new StoredEntry(target, before.recordedAt(), "system", "", before.contentId(), 1, "ContentNoted", "WEIBO",
				"{\"note\":\"approved by nobody\"}", null, null).sealedAfter(before.entryHash()));

		assertBrokenAt(target + 1, null);
	}

	@Test
	void detectsReorderedEntries() {
		tampering.update("update audit_entry set sequence_no = -1 where sequence_no = ?", target);
		tampering.update("update audit_entry set sequence_no = ? where sequence_no = ?", target, target + 1);
		tampering.update("update audit_entry set sequence_no = ? where sequence_no = -1", target + 1);

		assertBrokenAt(target, null);
	}

	@Test
	void detectsARemovedTail() {
		tampering.update("delete from audit_entry where sequence_no > ?", target);

		assertBrokenAt(target + 1, "removed");
	}

	@Test
	void detectsAFullyRecomputedChainThroughTheSignedCheckpoint() throws Exception {
		String previous = entryAt(target - 1).entryHash();
		for (StoredEntry entry : tampering.chain().subList(tampering.chain().size() - 3, tampering.chain().size())) {
			String payload = entry.sequence() == target ? "{\"note\":\"rejected\"}" : entry.payload();
			StoredEntry resealed = new StoredEntry(entry.sequence(), entry.recordedAt(), entry.actorRef(), entry.actorRoles(),
					entry.contentId(), entry.revision(), entry.eventType(), entry.platforms(), payload, null, null).sealedAfter(previous);
			tampering.update("update audit_entry set payload = ?, previous_hash = ?, entry_hash = ? where sequence_no = ?",
					resealed.payload(), resealed.previousHash(), resealed.entryHash(), resealed.sequence());
			previous = resealed.entryHash();
		}

		VerificationReport report = trail.verify();
		assertThat(report.valid()).isFalse();
		assertThat(report.firstBrokenSequence()).isLessThanOrEqualTo(target);
		assertThat(report.problem()).contains("rewritten");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.verify(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"valid\" : false");
	}

	@Test
	void detectsAnAlteredPersonalValue() {
		tampering.update("update audit_personal_value set personal_value = '+86 139 9999 9999' where sequence_no = ?", target);

		VerificationReport report = trail.verify();
		assertThat(report.valid()).isFalse();
		assertThat(report.problem()).contains("personal value of entry " + target);
		tampering.update("update audit_personal_value set personal_value = '+86 139 0000 0000' where sequence_no = ?", target);
	}

	private StoredEntry entryAt(long sequence) {
		return tampering.chain().stream().filter(entry -> entry.sequence() == sequence).findFirst().orElseThrow();
	}

	private void assertBrokenAt(long sequence, String problem) {
		VerificationReport report = trail.verify();
		assertThat(report.valid()).isFalse();
		assertThat(report.firstBrokenSequence()).isEqualTo(sequence);
		if (problem != null) {
			assertThat(report.problem()).contains(problem);
		}
	}
}
