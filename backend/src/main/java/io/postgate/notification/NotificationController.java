package io.postgate.notification;

import io.postgate.identity.CurrentUser;
import io.postgate.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	record NotificationList(long unread, List<NotificationView> items) {
	}

	record MarkedRead(int marked) {
	}

	private final Notifications notifications;
	private final NotificationStream stream;
	private final CurrentUser currentUser;

	NotificationController(Notifications notifications, NotificationStream stream, CurrentUser currentUser) {
		this.notifications = notifications;
		this.stream = stream;
		this.currentUser = currentUser;
	}

	@GetMapping
	NotificationList list(@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw ApiProblem.badRequest("limit: must be between 1 and 200");
		}
		String me = currentUser.username();
		return new NotificationList(notifications.unread(me), notifications.of(me, limit).stream().map(NotificationView::of).toList());
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable String id) {
		if (!isUuid(id)) {
			throw ApiProblem.badRequest("id: '" + id + "' is not a notification id");
		}
		if (!notifications.markRead(currentUser.username(), id)) {
			throw ApiProblem.notFound("no notification " + id);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	MarkedRead markAllRead() {
		return new MarkedRead(notifications.markAllRead(currentUser.username()));
	}

	@GetMapping(path = "/stream", produces = "text/event-stream")
	SseEmitter stream() {
		return stream.open(currentUser.username());
	}

	private static boolean isUuid(String id) {
		try {
			return UUID.fromString(id).toString().equals(id);
		}
		catch (IllegalArgumentException notUuid) {
			return false;
		}
	}
}
