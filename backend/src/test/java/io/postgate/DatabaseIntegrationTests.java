package io.postgate;

import io.postgate.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs on H2 and, in the second surefire run, on MariaDB through MySQL Connector/J. */
@PostgateIntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	DataSource dataSource;

	@Value("${spring.profiles.active:default}")
	String profile;

	@Test
	void flywayAppliedEveryMigration() {
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).isNotEmpty();
		assertThat(Arrays.stream(applied).allMatch(info -> info.getState().isApplied() && !info.getState().isFailed())).isTrue();
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void connectsToTheDatabaseOfTheActiveProfile() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (profile.contains("mysql")) {
				assertThat(product).containsAnyOf("MySQL", "MariaDB");
				assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
			}
			else {
				assertThat(product).isEqualTo("H2");
			}
		}
	}

	@Test
	void engineIsHardenedAsCamundasSecurityGuideAdvises() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
		assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
		assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
		assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
		assertThat(configuration.isEnableXxeProcessing()).isFalse();
		assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
		assertThat(configuration.isCmmnEnabled()).isFalse();
		assertThat(configuration.getHistory()).isEqualTo("full");
		assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
	}

	@Test
	void demoUsersAreMirroredIntoCamundaGroups() {
		for (Role role : Role.values()) {
			assertThat(identityService.createGroupQuery().groupId(role.groupId()).count()).isEqualTo(1);
		}
		assertThat(identityService.createUserQuery().memberOfGroup(Role.REVIEWER.groupId()).list())
				.extracting(user -> user.getId())
				.contains("reviewer1", "reviewer2", "lead1");
		assertThat(identityService.createUserQuery().memberOfGroup(Role.EDITOR.groupId()).list())
				.extracting(user -> user.getId())
				.contains("editor1", "lead1")
				.doesNotContain("reviewer1");
	}
}
