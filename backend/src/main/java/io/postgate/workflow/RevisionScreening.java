package io.postgate.workflow;

import io.postgate.content.Contents;
import io.postgate.content.Revision;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.PlatformText;
import io.postgate.screening.RevisionToScreen;
import io.postgate.screening.RevisionVerdict;
import io.postgate.screening.Screening;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * Machine screening of one submitted revision, the same whether the job executor runs it ({@link ScreenContentDelegate})
 * or a screening worker ({@link ScreeningWorker}): stores the report and returns the process's routing flags.
 */
@Component
class RevisionScreening {

	private final Contents contents;
	private final Screening screening;

	RevisionScreening(Contents contents, Screening screening) {
		this.contents = contents;
		this.screening = screening;
	}

	Map<String, Object> screen(String contentId, int number) {
		Revision revision = contents.revision(contentId, number);
		List<PlatformText> texts = revision.platforms().stream()
				.map(platform -> new PlatformText(platform.id(), revision.titleFor(platform), revision.bodyFor(platform)))
				.toList();
		List<RevisionToScreen.AttachmentFile> files = revision.attachments().stream()
				.map(ref -> new RevisionToScreen.AttachmentFile(ref.fileName(), contents.attachmentBytes(ref.sha256())))
				.toList();
		RevisionVerdict verdict = screening.screenRevision(
				new RevisionToScreen(contentId, number, revision.sponsored(), revision.crisis(), texts, files));
		return Map.of(BLOCKING, verdict.blocking(),
				HEALTH_CLAIM, verdict.has(FindingCategory.HEALTH_CLAIM),
				FINANCIAL_PROMISE, verdict.has(FindingCategory.FINANCIAL_PROMISE),
				SENSITIVE_TOPIC, verdict.has(FindingCategory.SENSITIVE_TOPIC),
				SPONSORED, revision.sponsored(),
				CRISIS, revision.crisis());
	}
}
