package io.postgate.screening;

/** The title and body a revision will publish on one platform (platform may be null for "any"). */
public record PlatformText(String platform, String title, String body) {
}
