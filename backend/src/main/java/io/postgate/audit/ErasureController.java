package io.postgate.audit;

import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal data erasure requests (GDPR/PIPL) for the audit trail; admins only (see SecurityConfiguration). */
@RestController
class ErasureController {

	private final AuditTrail trail;

	ErasureController(AuditTrail trail) {
		this.trail = trail;
	}

	@PostMapping("/api/admin/erasure/{username}")
	ErasureReport erase(@PathVariable @Size(max = 200) String username) {
		return trail.erase(username);
	}
}
