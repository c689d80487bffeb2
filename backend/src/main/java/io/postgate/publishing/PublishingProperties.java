package io.postgate.publishing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/** @param outboxDir where the outbox adapter writes rendered posts, one folder per platform */
@ConfigurationProperties("postgate.publishing")
record PublishingProperties(@DefaultValue("./data/outbox") Path outboxDir) {
}
