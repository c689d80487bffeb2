package io.postgate.notification;

/** How a user wants to hear about notifications besides the bell. */
enum Delivery {
	IN_APP, EMAIL, DAILY_DIGEST
}
