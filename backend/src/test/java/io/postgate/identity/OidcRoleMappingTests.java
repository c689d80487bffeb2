package io.postgate.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OidcRoleMappingTests {

	private final OidcRoleMapping configured = new OidcRoleMapping(Map.of(
			"/marketing/editors", Set.of(Role.EDITOR),
			"/marketing/leads", Set.of(Role.EDITOR, Role.REVIEWER)));

	@Test
	void mapsEveryKnownValueOfAListClaimAndIgnoresTheRest() {
		assertThat(configured.rolesOf(List.of("/marketing/leads", "/marketing/editors", "/sales")))
				.containsExactlyInAnyOrder(Role.EDITOR, Role.REVIEWER);
	}

	@Test
	void acceptsAClaimWithOneValue() {
		assertThat(configured.rolesOf("/marketing/editors")).containsExactly(Role.EDITOR);
	}

	@Test
	void aMissingOrUnknownClaimGrantsNoRole() {
		assertThat(configured.rolesOf(null)).isEmpty();
		assertThat(configured.rolesOf(List.of("/sales"))).isEmpty();
		assertThat(configured.rolesOf(42)).isEmpty();
	}

	@Test
	void withoutAMappingTheValuesThatArePostgateGroupIdsMapToTheirRoles() {
		OidcRoleMapping byGroupId = new OidcRoleMapping(Map.of());

		assertThat(byGroupId.rolesOf(List.of("reviewers", "admins", "EDITOR", "marketing"))).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
	}
}
