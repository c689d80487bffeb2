package io.postgate.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Seeds the demo users of the embedded run. Refuses to run against an external database unless that is
 * explicitly allowed, so a production deployment never starts with well-known passwords by accident.
 */
@Component
@Order(0)
class DemoUsers implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private static final Map<String, DemoUser> USERS = Map.of(
			"editor1", new DemoUser("Emma Editor", "en", Set.of(Role.EDITOR)),
			"reviewer1", new DemoUser("Riley Reviewer", "en", Set.of(Role.REVIEWER)),
			"reviewer2", new DemoUser("王审核", "zh-CN", Set.of(Role.REVIEWER)),
			"legal1", new DemoUser("Lee Legal", "en", Set.of(Role.LEGAL)),
			"compliance1", new DemoUser("Casey Compliance", "en", Set.of(Role.COMPLIANCE)),
			"admin", new DemoUser("Ada Admin", "en", Set.of(Role.ADMIN)),
			"lead1", new DemoUser("Lin Lead", "zh-CN", Set.of(Role.EDITOR, Role.REVIEWER)));

	private final IdentityProperties properties;
	private final UserDirectory directory;
	private final DataSource dataSource;

	DemoUsers(IdentityProperties properties, UserDirectory directory, DataSource dataSource) {
		this.properties = properties;
		this.directory = directory;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoUsers()) {
			return;
		}
		if (!embeddedDatabase() && !properties.allowDemoUsersOnExternalDatabase()) {
			throw new IllegalStateException("Refusing to create demo users (password \"demo\") on an external database. "
					+ "Set POSTGATE_DEMO_USERS=false, or POSTGATE_ALLOW_DEMO_USERS=true for a throw-away database.");
		}
		USERS.forEach((username, user) -> {
			if (!directory.exists(username)) {
				directory.create(username, user.displayName(), DEMO_PASSWORD, user.locale(), user.roles());
			}
		});
		log.warn("DEMO SETUP: demo users {} with password \"{}\" are active. Do not use this configuration in production.",
				USERS.keySet().stream().sorted().toList(), DEMO_PASSWORD);
	}

	private boolean embeddedDatabase() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot inspect the database connection", e);
		}
	}

	private record DemoUser(String displayName, String locale, Set<Role> roles) {
	}
}
