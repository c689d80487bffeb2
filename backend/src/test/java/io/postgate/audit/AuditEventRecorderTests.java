package io.postgate.audit;

import io.postgate.identity.LoginFailed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventRecorderTests {

	@Test
	void recordsEventsOfPostgateModulesOnly() {
		assertThat(AuditEventRecorder.recordable(LoginFailed.class)).isTrue();
		assertThat(AuditEventRecorder.recordable(ApplicationReadyEvent.class)).isFalse();
		assertThat(AuditEventRecorder.recordable(String.class)).isFalse();
	}

	@Test
	void doesNotRecordItsOwnEvents() {
		assertThat(AuditEventRecorder.recordable(PersonalDataErased.class)).isFalse();
		assertThat(AuditEventRecorder.recordable(io.postgate.audit.h2.AppendOnlyTrigger.class)).isFalse();
	}
}
