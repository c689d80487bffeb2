package io.postgate.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A draft or a new revision as the API receives it; platform and type names are checked by {@link Contents}. */
public record DraftRequest(
		@NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String title,
		@NotBlank @Pattern(regexp = NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS_AND_TABS, message = "must not contain control characters other than line breaks and tabs") String body,
		@NotEmpty @Size(max = 9) List<String> platforms,
		boolean sponsored,
		boolean crisis,
		@Size(max = 100) String campaign,
		String contentType,
		@Size(max = 20) List<@Size(max = 50) String> tags,
		Map<String, Variant> variants,
		Instant scheduledAt) {

	/** Control characters in a title break CSV exports, notifications and platform APIs: refused, not stripped. */
	static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
	static final String NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS_AND_TABS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
}
