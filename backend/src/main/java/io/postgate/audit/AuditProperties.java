package io.postgate.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * @param checkpointEvery sign a checkpoint after every this many entries
 * @param checkpointInterval and also, when entries were added since the last one, at this interval
 * @param checkpointDirectory append-only directory outside the database that receives the signed checkpoints
 * @param signingKey PEM file with the Ed25519 key pair that signs checkpoints; generated on first start if missing
 * @param personal which payload properties hold personal data (besides components annotated {@link PersonalData})
 */
@ConfigurationProperties("postgate.audit")
record AuditProperties(
		@DefaultValue("100") int checkpointEvery,
		@DefaultValue("10m") Duration checkpointInterval,
		@DefaultValue("./data/audit/checkpoints") Path checkpointDirectory,
		@DefaultValue("./data/audit/checkpoint-signing-key.pem") Path signingKey,
		@DefaultValue Personal personal) {

	AuditProperties {
		if (checkpointEvery < 1) {
			throw new IllegalArgumentException("postgate.audit.checkpoint-every must be at least 1");
		}
	}

	/**
	 * @param usernameFields properties whose text value is a username: the value is personal data of that user
	 * @param attributeFields properties holding personal data of the user named by a username property beside them
	 *        (or, failing that, of the event's actor)
	 */
	record Personal(
			@DefaultValue({ "username", "actor", "author", "assignee", "owner", "reviewer", "createdBy", "decidedBy", "requestedBy" })
			Set<String> usernameFields,
			@DefaultValue({ "displayName", "clientAddress", "email", "phone", "fullName" })
			Set<String> attributeFields) {
	}
}
