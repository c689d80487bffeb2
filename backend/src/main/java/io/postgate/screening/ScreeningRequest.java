package io.postgate.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An ad-hoc screening: {@code language} and {@code platform} are optional. */
public record ScreeningRequest(@Size(max = 500) String title, @NotNull String text, String language, String platform, boolean sponsored,
		boolean crisis) {
}
