package io.postgate.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Postgate's users and their roles; the source that Camunda's identity mirrors. */
@Service
public class UserDirectory {

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
		if (users.existsById(username)) {
			throw new IllegalStateException("user " + username + " already exists");
		}
		AppUser user = users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), locale, roles, clock.instant()));
		UserAccount account = user.toAccount();
		events.publishEvent(new UserChanged(account));
		return account;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.existsById(username);
	}
}
