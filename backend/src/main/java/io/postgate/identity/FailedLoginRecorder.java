package io.postgate.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Feeds every failed login, by session or by HTTP Basic, to the throttle and to the audit trail. */
@Component
class FailedLoginRecorder {

	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FailedLoginRecorder(LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		throttle.recordFailure(username, address);
		events.publishEvent(new LoginFailed(username, address, event.getException().getClass().getSimpleName(), clock.instant()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		throttle.recordSuccess(event.getAuthentication().getName());
	}
}
