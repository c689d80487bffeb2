package io.postgate.notification;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The open server-sent-event connections per user; new notifications are pushed to all of a user's tabs, each
 * notification once: it may arrive both from this node's commit and from {@link NotificationRelay}.
 * Open streams are completed first on shutdown, or graceful shutdown would wait for them until it times out.
 */
@Component
class NotificationStream implements SmartLifecycle {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<String, List<SseEmitter>> emitters = new ConcurrentHashMap<>();
	private final Map<String, Instant> pushed = new ConcurrentHashMap<>();
	private final Clock clock;
	private volatile boolean running;

	NotificationStream(Clock clock) {
		this.clock = clock;
	}

	SseEmitter open(String username) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		List<SseEmitter> own = emitters.computeIfAbsent(username, name -> new CopyOnWriteArrayList<>());
		own.add(emitter);
		Runnable remove = () -> own.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		try {
			// Sent at once so that proxies and the browser see the stream open before the first notification.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException gone) {
			remove.run();
		}
		return emitter;
	}

	Set<String> connectedUsers() {
		return emitters.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).collect(Collectors.toSet());
	}

	void push(Notification notification) {
		if (pushed.putIfAbsent(notification.id(), clock.instant()) != null) {
			return;
		}
		List<SseEmitter> own = emitters.getOrDefault(notification.recipient(), List.of());
		for (SseEmitter emitter : own) {
			try {
				emitter.send(SseEmitter.event().name("notification").id(notification.id()).data(NotificationView.of(notification),
						MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException gone) {
				own.remove(emitter);
			}
		}
	}

	/** Forgets pushed ids older than {@code age}: the relay looks back less far than that. */
	void forgetPushedBefore(Instant age) {
		pushed.values().removeIf(at -> at.isBefore(age));
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		emitters.values().forEach(own -> own.forEach(SseEmitter::complete));
		emitters.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server's graceful shutdown. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
