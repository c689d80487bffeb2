package io.postgate.publishing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param outboxDir where the outbox adapter writes rendered posts, one folder per platform
 * @param secretKey base64 AES key (16, 24 or 32 bytes) encrypting channel secrets; when empty the key is read from
 *        {@code secretKeyFile}, which is generated on first start
 * @param secretKeyFile the key file used when no {@code secretKey} is configured
 * @param allowedHosts hosts an outbound adapter may reach even though they resolve to private, loopback or link-local
 *        addresses (server-side request forgery protection makes exceptions only for these)
 * @param defaultTimeout an adapter's request timeout when the channel sets none
 * @param promotionalShareThreshold the share of sponsored posts among a platform's posts in 7 days above which submit
 *        and the calendar warn
 * @param proofDir where the screenshots of posts published by hand are kept, one file per SHA-256
 */
@ConfigurationProperties("postgate.publishing")
record PublishingProperties(@DefaultValue("./data/outbox") Path outboxDir, String secretKey,
		@DefaultValue("./data/keys/channel-secret.key") Path secretKeyFile, @DefaultValue List<String> allowedHosts,
		@DefaultValue("10s") Duration defaultTimeout, @DefaultValue("0.20") double promotionalShareThreshold,
		@DefaultValue("./data/proofs") Path proofDir) {
}
