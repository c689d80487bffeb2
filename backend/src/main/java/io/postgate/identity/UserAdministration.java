package io.postgate.identity;

import io.postgate.identity.UserDirectory.UserSummary;
import io.postgate.web.ApiProblem;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What administrators do with users: create local users, change names, locales, roles and whether they may sign in,
 * and give new passwords. Nobody locks themselves out: an administrator cannot disable themselves or drop their own
 * admin role. The name and roles of a single-sign-on user come from the identity provider and are not edited here.
 */
@Service
class UserAdministration {

	static final Set<String> LOCALES = Set.of("en", "zh-CN");
	static final int MIN_PASSWORD_LENGTH = 12;
	/** BCrypt reads at most 72 bytes; a longer password would be cut silently. */
	static final int MAX_PASSWORD_BYTES = 72;
	static final String OWN_ACCOUNT = "administrators cannot disable their own account or remove their own admin role";
	static final String EXTERNAL_USER = "the name and roles of a single-sign-on user come from the identity provider";

	private final UserDirectory directory;
	private final CurrentUser currentUser;

	UserAdministration(UserDirectory directory, CurrentUser currentUser) {
		this.directory = directory;
		this.currentUser = currentUser;
	}

	List<UserView> all() {
		return directory.summaries().stream().map(UserView::of).toList();
	}

	UserView create(NewUser user) {
		if (user.username() == null || !user.username().matches(UserDirectory.USERNAME_PATTERN)) {
			throw ApiProblem.badRequest(UserDirectory.USERNAME_RULE);
		}
		String displayName = displayName(user.displayName());
		String locale = locale(user.locale());
		Set<Role> roles = roles(user.roles());
		checkPassword(user.username(), user.password());
		if (directory.exists(user.username())) {
			throw ApiProblem.conflict("a user " + user.username() + " already exists");
		}
		directory.create(user.username(), displayName, user.password(), locale, roles);
		return view(user.username());
	}

	UserView update(String username, UserUpdate change) {
		UserSummary existing = directory.summary(username).orElseThrow(() -> ApiProblem.notFound("no user " + username));
		String displayName = displayName(change.displayName());
		String locale = locale(change.locale());
		Set<Role> roles = roles(change.roles());
		if (change.enabled() == null) {
			throw ApiProblem.badRequest("enabled: required, true or false");
		}
		if (username.equals(currentUser.username()) && (!change.enabled() || !roles.contains(Role.ADMIN))) {
			throw ApiProblem.conflict(OWN_ACCOUNT);
		}
		if (existing.external() && (!displayName.equals(existing.account().displayName()) || !roles.equals(existing.account().roles()))) {
			throw ApiProblem.conflict(EXTERNAL_USER);
		}
		directory.update(username, displayName, locale, roles, change.enabled());
		return view(username);
	}

	void replacePassword(String username, NewPassword password) {
		UserSummary existing = directory.summary(username).orElseThrow(() -> ApiProblem.notFound("no user " + username));
		if (existing.external()) {
			throw ApiProblem.conflict("a single-sign-on user has no Postgate password: the identity provider signs them in");
		}
		checkPassword(username, password.password());
		directory.replacePassword(username, password.password());
	}

	private UserView view(String username) {
		return directory.summary(username).map(UserView::of).orElseThrow();
	}

	private static String displayName(String displayName) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200 || displayName.chars().anyMatch(Character::isISOControl)) {
			throw ApiProblem.badRequest("displayName: required, at most 200 characters, no control characters");
		}
		return displayName.strip();
	}

	private static String locale(String locale) {
		if (locale == null || !LOCALES.contains(locale)) {
			throw ApiProblem.badRequest("locale: one of " + LOCALES.stream().sorted().toList());
		}
		return locale;
	}

	private static Set<Role> roles(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw ApiProblem.badRequest("roles: at least one of " + List.of(Role.values()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw ApiProblem.badRequest("roles: '" + name + "' is not one of " + List.of(Role.values()));
			}
		}
		return roles;
	}

	static void checkPassword(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw ApiProblem.badRequest("password: at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw ApiProblem.badRequest("password: at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt ignores the rest)");
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw ApiProblem.badRequest("password: must not contain the username");
		}
	}

	record NewUser(String username, String displayName, String locale, List<String> roles, String password) {
	}

	record UserUpdate(String displayName, String locale, List<String> roles, Boolean enabled) {
	}

	record NewPassword(String password) {
	}

	/** A user as the admin page lists them; never the password hash. */
	record UserView(String username, String displayName, String locale, List<Role> roles, boolean enabled, boolean external,
			Instant createdAt) {

		static UserView of(UserSummary summary) {
			UserAccount account = summary.account();
			return new UserView(account.username(), account.displayName(), account.locale(), account.roles().stream().sorted().toList(),
					account.enabled(), summary.external(), summary.createdAt());
		}
	}
}
