package io.postgate.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on one non-blocking machine finding, identified by rule id and offset.
 * An override needs a reason.
 */
public record Disposition(@NotBlank @Size(max = 200) String ruleId, int start, @NotNull Kind disposition, @Size(max = 2000) String reason) {

	public enum Kind {
		FIXED, ACCEPTED, OVERRIDDEN
	}
}
