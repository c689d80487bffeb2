package io.postgate.identity;

import io.postgate.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Creates the first administrator of a fresh database (POSTGATE_INITIAL_ADMIN_PASSWORD), who then adds everyone
 * else on the admin page. Does nothing while an enabled administrator exists, so the password can stay configured;
 * a taken username that is not an administrator stops the start rather than gaining the role silently.
 */
@Component
@Order(1)
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final IdentityProperties.InitialAdmin settings;
	private final UserDirectory directory;

	InitialAdmin(IdentityProperties properties, UserDirectory directory) {
		this.settings = properties.initialAdmin();
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.password() == null || settings.password().isEmpty()
				|| directory.all().stream().anyMatch(user -> user.enabled() && user.hasRole(Role.ADMIN))) {
			return;
		}
		String username = settings.username();
		if (directory.exists(username)) {
			throw new IllegalStateException("POSTGATE_INITIAL_ADMIN_USERNAME " + username + " belongs to a user who is not an enabled "
					+ "administrator; choose another username for the initial administrator");
		}
		try {
			UserAdministration.checkPassword(username, settings.password());
		}
		catch (ApiProblem e) {
			throw new IllegalStateException("POSTGATE_INITIAL_ADMIN_PASSWORD is not accepted: " + e.getBody().getDetail(), e);
		}
		directory.create(username, "Administrator", settings.password(), "en", Set.of(Role.ADMIN));
		log.warn("Created the initial administrator {} (no enabled administrator existed). Sign in, add named administrators, "
				+ "then disable or re-password this account.", username);
	}
}
