package io.postgate.notification;

import io.postgate.identity.CurrentUser;
import io.postgate.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.regex.Pattern;

@RestController
@RequestMapping("/api/me/notification-preferences")
class NotificationPreferencesController {

	record PreferencesRequest(String delivery, String email) {
	}

	record PreferencesView(Delivery delivery, String email, boolean mailEnabled) {
	}

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private final PreferenceStore preferences;
	private final MailOutbox mail;
	private final CurrentUser currentUser;

	NotificationPreferencesController(PreferenceStore preferences, MailOutbox mail, CurrentUser currentUser) {
		this.preferences = preferences;
		this.mail = mail;
		this.currentUser = currentUser;
	}

	@GetMapping
	PreferencesView get() {
		return view(preferences.of(currentUser.username()));
	}

	@PutMapping
	PreferencesView put(@RequestBody PreferencesRequest request) {
		Delivery delivery = Arrays.stream(Delivery.values()).filter(value -> value.name().equals(request.delivery())).findFirst()
				.orElseThrow(() -> ApiProblem.badRequest("delivery: must be one of " + Arrays.toString(Delivery.values())));
		String email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
		if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			throw ApiProblem.badRequest("email: not an e-mail address");
		}
		if (delivery != Delivery.IN_APP && email == null) {
			throw ApiProblem.badRequest("email: required for " + delivery);
		}
		Preferences saved = new Preferences(delivery, email);
		preferences.save(currentUser.username(), saved);
		return view(saved);
	}

	private PreferencesView view(Preferences saved) {
		return new PreferencesView(saved.delivery(), saved.email(), mail.enabled());
	}
}
