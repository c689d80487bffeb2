package io.postgate.identity;

/** An administrator gave the user a new password; their earlier sessions end. Recorded by the audit trail. */
public record UserPasswordReplaced(String username) {
}
