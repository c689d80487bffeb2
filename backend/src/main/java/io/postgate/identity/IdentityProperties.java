package io.postgate.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param demoUsers seed the demo users of README.md (password "demo") at start-up
 * @param allowDemoUsersOnExternalDatabase demo users on a database other than the embedded one are refused unless this is set
 */
@ConfigurationProperties("postgate.identity")
record IdentityProperties(
		@DefaultValue("false") boolean demoUsers,
		@DefaultValue("false") boolean allowDemoUsersOnExternalDatabase,
		@DefaultValue LoginThrottle loginThrottle) {

	record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("50") int maxFailuresPerAddress,
			@DefaultValue("5m") Duration lockDuration) {
	}
}
