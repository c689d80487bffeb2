package io.postgate.notification;

/** A user's choice of channel; {@code email} is where e-mails and digests go. */
record Preferences(Delivery delivery, String email) {

	static final Preferences DEFAULT = new Preferences(Delivery.IN_APP, null);
}
