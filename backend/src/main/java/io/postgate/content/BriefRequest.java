package io.postgate.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** A content-calendar brief: what should be written, by whom, for when. */
public record BriefRequest(
		@NotBlank @Size(max = 200) String theme,
		@NotBlank String contentType,
		@NotEmpty @Size(max = 9) List<String> platforms,
		@NotNull Instant targetPublishAt,
		@NotBlank @Size(max = 64) String owner,
		@Size(max = 100) String campaign,
		@Size(max = 2000) String notes) {
}
