package io.postgate.identity;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one account, or
 * {@code maxFailuresPerAddress} from one client address, further attempts are refused until the lock expires. Kept per node in memory.
 */
@Component
class LoginThrottle {

	static final String LOCKED_MESSAGE = "Too many failed logins. Wait a few minutes and try again.";

	private static final int MAX_TRACKED_KEYS = 100_000;

	private final IdentityProperties.LoginThrottle settings;
	private final Clock clock;
	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.settings = properties.loginThrottle();
		this.clock = clock;
	}

	boolean isLocked(String username, String clientAddress) {
		Instant now = clock.instant();
		return locked(userKey(username), settings.maxFailures(), now)
				|| locked(addressKey(clientAddress), settings.maxFailuresPerAddress(), now);
	}

	void recordFailure(String username, String clientAddress) {
		if (failures.size() > MAX_TRACKED_KEYS) {
			Instant now = clock.instant();
			failures.values().removeIf(entry -> entry.expired(now, settings));
		}
		Instant now = clock.instant();
		failures.merge(userKey(username), Failures.first(now), (old, ignored) -> old.next(now, settings));
		failures.merge(addressKey(clientAddress), Failures.first(now), (old, ignored) -> old.next(now, settings));
	}

	void recordSuccess(String username) {
		failures.remove(userKey(username));
	}

	private boolean locked(String key, int maxFailures, Instant now) {
		Failures entry = failures.get(key);
		return entry != null && entry.count() >= maxFailures && !entry.expired(now, settings);
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String clientAddress) {
		return "addr:" + clientAddress;
	}

	private record Failures(int count, Instant last) {

		static Failures first(Instant now) {
			return new Failures(1, now);
		}

		Failures next(Instant now, IdentityProperties.LoginThrottle settings) {
			return expired(now, settings) ? first(now) : new Failures(count + 1, now);
		}

		boolean expired(Instant now, IdentityProperties.LoginThrottle settings) {
			return last.plus(settings.lockDuration()).isBefore(now);
		}
	}
}
