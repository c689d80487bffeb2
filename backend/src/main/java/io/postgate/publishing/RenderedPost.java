package io.postgate.publishing;

import io.postgate.content.Platform;
import io.postgate.content.Revision;

import java.util.List;

/** Exactly what goes out to one platform. */
public record RenderedPost(String contentId, int revision, String platform, String title, String body, List<String> attachmentHashes,
		String fingerprint, String idempotencyKey) {

	static RenderedPost of(String contentId, Revision revision, Platform platform) {
		return new RenderedPost(contentId, revision.number(), platform.id(), revision.titleFor(platform), revision.bodyFor(platform),
				revision.attachments().stream().map(Revision.AttachmentRef::sha256).toList(), revision.fingerprint(),
				idempotencyKey(contentId, revision.number(), platform));
	}

	static String idempotencyKey(String contentId, int revision, Platform platform) {
		return contentId + ":" + revision + ":" + platform.id();
	}

	/** The post as one text, for platforms without a title field: the title's line, an empty line and the body. */
	public String plainText() {
		return title == null || title.isBlank() ? body : title + "\n\n" + body;
	}
}
