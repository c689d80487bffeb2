package io.postgate.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * In a cluster a notification is committed on whichever node ran the step, while the recipient's bell may be
 * connected to another. Every node therefore looks, every {@code relay-poll}, for the last minute's notifications of
 * the users connected to it and pushes those it has not pushed yet. The minute covers transactions that commit late
 * and clocks a little apart; the bell's list shows anything older when it is opened.
 */
@Component
class NotificationRelay {

	static final Duration LOOK_BACK = Duration.ofMinutes(1);

	private final Notifications notifications;
	private final NotificationStream stream;
	private final Clock clock;

	NotificationRelay(Notifications notifications, NotificationStream stream, Clock clock) {
		this.notifications = notifications;
		this.stream = stream;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${postgate.notification.relay-poll:PT2S}")
	void relay() {
		Instant now = clock.instant();
		stream.forgetPushedBefore(now.minus(LOOK_BACK.multipliedBy(3)));
		Set<String> connected = stream.connectedUsers();
		if (!connected.isEmpty()) {
			notifications.createdSince(connected, now.minus(LOOK_BACK)).forEach(stream::push);
		}
	}
}
