package io.postgate.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param baseUrl where users open Postgate; e-mails link to {@code <baseUrl>/contents/<id>}
 * @param mailFrom sender address of notification e-mails
 * @param mailRetryDelay back-off before the first retry of a failed e-mail; doubles with each attempt
 * @param mailMaxAttempts attempts after which an e-mail is given up
 */
@ConfigurationProperties("postgate.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("postgate@localhost") String mailFrom,
		@DefaultValue("PT1M") Duration mailRetryDelay, @DefaultValue("8") int mailMaxAttempts) {
}
