package io.postgate.notification;

import io.postgate.identity.Role;
import io.postgate.identity.UserDirectory;

import java.util.Set;

/** Users only the notification tests act as, so that what they receive is what these tests caused. */
final class TestUsers {

	static final String PASSWORD = "demo";

	private TestUsers() {
	}

	static synchronized String editor(UserDirectory users, String username, String locale) {
		if (!users.exists(username)) {
			users.create(username, username, PASSWORD, locale, Set.of(Role.EDITOR));
		}
		return username;
	}
}
