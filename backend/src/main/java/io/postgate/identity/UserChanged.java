package io.postgate.identity;

/** A user was created or changed (name, roles, enabled): mirrors such as Camunda's identity follow it. */
public record UserChanged(UserAccount user) {
}
