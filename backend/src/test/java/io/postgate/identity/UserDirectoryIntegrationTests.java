package io.postgate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.postgate.PostgateIntegrationTest;
import io.postgate.web.ApiProblem;

@PostgateIntegrationTest
class UserDirectoryIntegrationTests {

	@Autowired
	UserDirectory directory;

	@Autowired
	IdentityService camundaIdentity;

	@Autowired
	MockMvc mvc;

	@Test
	void usernamesWithDotsDashesAndUnderscoresAreMirroredIntoCamundaAndWork() throws Exception {
		String username = "first.last-" + suffix() + "_x";
		directory.create(username, "Dot Dash", "secret-123", "en", Set.of(Role.REVIEWER));

		assertThat(camundaIdentity.createUserQuery().userId(username).singleResult()).isNotNull();
		assertThat(camundaIdentity.createGroupQuery().groupMember(username).list()).extracting("id").containsExactly(Role.REVIEWER.groupId());
		mvc.perform(get("/api/me").with(httpBasic(username, "secret-123"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(username));
		mvc.perform(get("/api/tasks").with(httpBasic(username, "secret-123"))).andExpect(status().isOk());
	}

	@Test
	void usernamesOutsideTheRuleAreRefusedNamingItAndNothingIsStored() {
		for (String username : List.of("with blank" + suffix(), "mail@" + suffix(), "../" + suffix(), "名字" + suffix(), "-lead" + suffix(),
				".dot" + suffix(), "quote'" + suffix(), "x".repeat(65), "")) {
			assertThatThrownBy(() -> directory.create(username, "Refused", "secret-123", "en", Set.of(Role.EDITOR)))
					.as(username)
					.isInstanceOfSatisfying(ApiProblem.class, problem -> {
						assertThat(problem.getStatusCode().value()).isEqualTo(400);
						assertThat(problem.getBody().getDetail()).isEqualTo(UserDirectory.USERNAME_RULE);
					});
			assertThat(directory.exists(username)).as(username).isFalse();
			assertThat(camundaIdentity.createUserQuery().userId(username).count()).as(username).isZero();
		}
	}

	private static String suffix() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}
}
