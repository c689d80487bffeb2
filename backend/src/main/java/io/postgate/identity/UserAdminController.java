package io.postgate.identity;

import io.postgate.identity.UserAdministration.NewPassword;
import io.postgate.identity.UserAdministration.NewUser;
import io.postgate.identity.UserAdministration.UserUpdate;
import io.postgate.identity.UserAdministration.UserView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Users and their roles, for administrators (the path is admin-only in SecurityConfiguration). */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	List<UserView> all() {
		return administration.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@RequestBody NewUser user) {
		return administration.create(user);
	}

	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @RequestBody UserUpdate change) {
		return administration.update(username, change);
	}

	/** Gives the user a new password; their existing sessions end. */
	@PostMapping("/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void replacePassword(@PathVariable String username, @RequestBody NewPassword password) {
		administration.replacePassword(username, password);
	}
}
