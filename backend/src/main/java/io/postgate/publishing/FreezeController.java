package io.postgate.publishing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Publishing freeze for admins and compliance officers (see identity's security configuration). */
@RestController
@RequestMapping("/api/admin/freeze")
class FreezeController {

	private final Freezes freezes;

	FreezeController(Freezes freezes) {
		this.freezes = freezes;
	}

	record FreezeRequest(String platform, String reason) {
	}

	@GetMapping
	List<Freezes.Freeze> active() {
		return freezes.active();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Freezes.Freeze freeze(@RequestBody FreezeRequest request) {
		return freezes.freeze(request.platform(), request.reason());
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lift(@RequestParam(required = false) String platform) {
		freezes.lift(platform);
	}
}
