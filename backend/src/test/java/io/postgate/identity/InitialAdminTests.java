package io.postgate.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InitialAdminTests {

	private static final String PASSWORD = "first-admin-secret-1";

	private final UserDirectory directory = mock(UserDirectory.class);

	@Test
	void aFreshDatabaseGetsTheInitialAdministrator() {
		when(directory.all()).thenReturn(List.of());

		run("root", PASSWORD);

		verify(directory).create("root", "Administrator", PASSWORD, "en", Set.of(Role.ADMIN));
	}

	@Test
	void nothingIsCreatedWhileAnEnabledAdministratorExistsOrWithoutAPassword() {
		when(directory.all()).thenReturn(List.of(new UserAccount("ada", "Ada", "en", true, Set.of(Role.ADMIN))));
		run("root", PASSWORD);
		when(directory.all()).thenReturn(List.of());
		run("root", "");
		run("root", null);

		verify(directory, never()).create(anyString(), anyString(), anyString(), anyString(), any());
	}

	@Test
	void aDisabledAdministratorDoesNotCountSoTheInitialOneIsCreated() {
		when(directory.all()).thenReturn(List.of(new UserAccount("ada", "Ada", "en", false, Set.of(Role.ADMIN))));

		run("root", PASSWORD);

		verify(directory).create("root", "Administrator", PASSWORD, "en", Set.of(Role.ADMIN));
	}

	@Test
	void aWeakPasswordOrATakenUsernameStopsTheStart() {
		when(directory.all()).thenReturn(List.of());
		assertThatThrownBy(() -> run("root", "short")).hasMessage(
				"POSTGATE_INITIAL_ADMIN_PASSWORD is not accepted: password: at least 12 characters");
		when(directory.exists("editor1")).thenReturn(true);
		assertThatThrownBy(() -> run("editor1", PASSWORD)).hasMessageContaining("belongs to a user who is not an enabled administrator");

		verify(directory, never()).create(anyString(), anyString(), anyString(), anyString(), any());
	}

	private void run(String username, String password) {
		IdentityProperties properties = new IdentityProperties(false, false, true, new IdentityProperties.LoginThrottle(5, 50, Duration.ofMinutes(5)),
				new IdentityProperties.InitialAdmin(username, password),
				new IdentityProperties.Oidc(false, null, null, null, "Single sign-on", List.of(), "preferred_username", "groups", Map.of()));
		new InitialAdmin(properties, directory).run(new DefaultApplicationArguments());
	}
}
