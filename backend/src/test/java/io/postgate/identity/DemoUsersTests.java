package io.postgate.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DemoUsersTests {

	private final UserDirectory directory = mock(UserDirectory.class);

	@Test
	void refusesToCreateDemoUsersOnAnExternalDatabase() throws Exception {
		DemoUsers demoUsers = new DemoUsers(properties(true, false), directory, databaseAt("jdbc:mysql://db.internal:3306/postgate"));

		assertThatThrownBy(() -> demoUsers.run(new DefaultApplicationArguments()))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Refusing to create demo users")
				.hasMessageContaining("POSTGATE_ALLOW_DEMO_USERS");
		verifyNoInteractions(directory);
	}

	@Test
	void createsNothingWhenDemoUsersAreOff() throws Exception {
		new DemoUsers(properties(false, false), directory, databaseAt("jdbc:mysql://db.internal:3306/postgate")).run(new DefaultApplicationArguments());

		verifyNoInteractions(directory);
	}

	private static IdentityProperties properties(boolean demoUsers, boolean allowExternal) {
		return new IdentityProperties(demoUsers, allowExternal, true, new IdentityProperties.LoginThrottle(5, 50, Duration.ofMinutes(5)),
				new IdentityProperties.InitialAdmin("admin", null),
				new IdentityProperties.Oidc(false, null, null, null, "Single sign-on", List.of(), "preferred_username", "groups", Map.of()));
	}

	private static DataSource databaseAt(String url) throws Exception {
		DataSource dataSource = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		DatabaseMetaData metaData = mock(DatabaseMetaData.class);
		when(dataSource.getConnection()).thenReturn(connection);
		when(connection.getMetaData()).thenReturn(metaData);
		when(metaData.getURL()).thenReturn(url);
		return dataSource;
	}
}
