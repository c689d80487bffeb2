package io.postgate.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A draft or a new revision as the API receives it; platform and type names are checked by {@link Contents}. */
public record DraftRequest(
		@NotBlank @Size(max = 500) String title,
		@NotBlank String body,
		@NotEmpty @Size(max = 9) List<String> platforms,
		boolean sponsored,
		boolean crisis,
		@Size(max = 100) String campaign,
		String contentType,
		@Size(max = 20) List<@Size(max = 50) String> tags,
		Map<String, Variant> variants,
		Instant scheduledAt) {
}
