package io.postgate.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * @param attachmentDir where attachments are stored, content-addressed by SHA-256
 * @param maxAttachmentSize largest attachment accepted
 * @param attachmentTypes media types (detected from the bytes) accepted as attachments
 * @param reviewLeadTime a brief's draft is due this long before its target publish time, leaving time for review
 * @param defaultDraftTime a draft without a target publish time is due this long after it was created
 * @param minimumWritingTime a draft is never due sooner than this after it was created
 * @param maxBodyLength longest body accepted, in characters
 * @param demoContent create a few demo posts at start-up when there is no content yet
 */
@ConfigurationProperties("postgate.content")
record ContentProperties(
		@DefaultValue("${POSTGATE_DATA_DIR:./data}/attachments") Path attachmentDir,
		@DefaultValue("20MB") DataSize maxAttachmentSize,
		@DefaultValue({ "image/jpeg", "image/png", "image/webp", "image/gif", "image/heic", "image/heif", "video/mp4", "video/quicktime",
				"application/pdf", "text/plain", "text/markdown", "text/html",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
				"application/rtf" }) Set<String> attachmentTypes,
		@DefaultValue("48h") Duration reviewLeadTime,
		@DefaultValue("7d") Duration defaultDraftTime,
		@DefaultValue("1h") Duration minimumWritingTime,
		@DefaultValue("100000") int maxBodyLength,
		@DefaultValue("false") boolean demoContent) {
}
