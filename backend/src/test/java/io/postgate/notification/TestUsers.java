package io.postgate.notification;

import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;

import java.util.Set;

/** Users only the notification tests act as, so that what they receive is what these tests caused. */
final class TestUsers {

	static final String PASSWORD = "demo";

	private TestUsers() {
	}

	static String editor(UserDirectory users, String username, String locale) {
		return withRole(users, username, locale, Role.EDITOR);
	}

	static synchronized String withRole(UserDirectory users, String username, String locale, Role role) {
		if (!users.exists(username)) {
			users.create(username, username, PASSWORD, locale, Set.of(role));
		}
		return username;
	}
}
