package io.postgate.screening;

import java.util.List;

/** A content revision as screening sees it: its texts per platform, flags and attached files. */
public record RevisionToScreen(String contentId, int revision, boolean sponsored, boolean crisis, List<PlatformText> texts,
		List<AttachmentFile> attachments) {

	public record AttachmentFile(String fileName, byte[] bytes) {
	}
}
