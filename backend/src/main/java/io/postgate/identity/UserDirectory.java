package io.postgate.identity;

import io.postgate.web.ApiProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Postgate's users and their roles; the source that Camunda's identity mirrors. */
@Service
public class UserDirectory {

	/**
	 * Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters (the column).
	 * Camunda's identity service accepts the same (userResourceWhitelistPattern in application.yml), so every
	 * user can be mirrored there; anything else (blanks, '@', '/', quotes, non-ASCII) is refused up front.
	 */
	public static final String USERNAME_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}";
	static final String USERNAME_RULE = "username: must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

	private final AppUserRepository users;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UserDirectory(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(String username) {
		return users.findById(username).map(AppUser::toAccount);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAll().stream().map(AppUser::toAccount).toList();
	}

	@Transactional
	public UserAccount create(String username, String displayName, String rawPassword, String locale, Set<Role> roles) {
		if (username == null || !username.matches(USERNAME_PATTERN)) {
			throw ApiProblem.badRequest(USERNAME_RULE);
		}
		if (users.existsById(username)) {
			throw new IllegalStateException("user " + username + " already exists");
		}
		AppUser user = users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), locale, roles, clock.instant()));
		UserAccount account = user.toAccount();
		events.publishEvent(new UserChanged(account));
		return account;
	}

	/**
	 * Creates or updates a user of the OpenID Connect provider at sign-in, with the roles their claim maps to now.
	 * A user the directory does not know yet is created only if they have a role. A username that belongs to a local
	 * user, or to another subject of the provider, is never taken over.
	 */
	@Transactional
	Optional<UserAccount> signInExternal(ExternalIdentity identity, Set<Role> roles) {
		Optional<AppUser> existing = users.findById(identity.username());
		if (existing.isPresent() && !existing.get().isExternal(identity.issuer(), identity.subject())) {
			throw new UsernameTaken(identity.username());
		}
		if (existing.isEmpty() && roles.isEmpty()) {
			return Optional.empty();
		}
		AppUser user = existing.orElseGet(() -> users.save(AppUser.external(identity.issuer(), identity.subject(), identity.username(),
				identity.displayName(), identity.locale(), roles, clock.instant())));
		user.rename(identity.displayName());
		user.assignRoles(roles);
		UserAccount account = user.toAccount();
		events.publishEvent(new UserChanged(account));
		return Optional.of(account);
	}

	record ExternalIdentity(String issuer, String subject, String username, String displayName, String locale) {
	}

	/** The username of a sign-in through the provider belongs to someone else in the directory. */
	static final class UsernameTaken extends RuntimeException {

		UsernameTaken(String username) {
			super("username " + username + " belongs to another user");
		}
	}

	/** Every user with what the admin page shows: whether they sign in through the provider, and since when they exist. */
	@Transactional(readOnly = true)
	List<UserSummary> summaries() {
		return users.findAll().stream().map(user -> new UserSummary(user.toAccount(), user.external(), user.createdAt()))
				.sorted(Comparator.comparing(summary -> summary.account().username())).toList();
	}

	@Transactional(readOnly = true)
	Optional<UserSummary> summary(String username) {
		return users.findById(username).map(user -> new UserSummary(user.toAccount(), user.external(), user.createdAt()));
	}

	/** Replaces a user's name, locale, roles and whether they may sign in. */
	@Transactional
	UserAccount update(String username, String displayName, String locale, Set<Role> roles, boolean enabled) {
		AppUser user = users.findById(username).orElseThrow(() -> ApiProblem.notFound("no user " + username));
		user.rename(displayName);
		user.changeLocale(locale);
		user.assignRoles(roles);
		user.enable(enabled);
		UserAccount account = user.toAccount();
		events.publishEvent(new UserChanged(account));
		return account;
	}

	@Transactional
	void replacePassword(String username, String rawPassword) {
		AppUser user = users.findById(username).orElseThrow(() -> ApiProblem.notFound("no user " + username));
		user.replacePasswordHash(passwordEncoder.encode(rawPassword));
		events.publishEvent(new UserPasswordReplaced(username));
	}

	/** What a signed-in session must still match: the user exists, may sign in, has these roles and this password. */
	@Transactional(readOnly = true)
	Optional<SessionFacts> sessionFacts(String username) {
		return users.findById(username).map(user -> new SessionFacts(user.enabled(), user.toAccount().roles(),
				credentialsFingerprint(user.passwordHash())));
	}

	/** Identifies a password hash without revealing it, so a session can tell that the password was replaced since. */
	static String credentialsFingerprint(String passwordHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(passwordHash).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 unavailable", e);
		}
	}

	record UserSummary(UserAccount account, boolean external, Instant createdAt) {
	}

	record SessionFacts(boolean enabled, Set<Role> roles, String credentialsFingerprint) {
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.existsById(username);
	}
}
