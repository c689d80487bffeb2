package io.postgate.workflow;

import io.postgate.content.Contents;
import io.postgate.content.Revision;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.PlatformText;
import io.postgate.screening.RevisionToScreen;
import io.postgate.screening.RevisionVerdict;
import io.postgate.screening.Screening;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import static io.postgate.workflow.ProcessVariables.*;

/** Machine screening of the submitted revision; stores the report and sets the routing flags. */
@Component("screenContentDelegate")
class ScreenContentDelegate implements JavaDelegate {

	private final Contents contents;
	private final Screening screening;

	ScreenContentDelegate(Contents contents, Screening screening) {
		this.contents = contents;
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String contentId = execution.getProcessBusinessKey();
		int number = ((Number) execution.getVariable(REVISION)).intValue();
		Revision revision = contents.revision(contentId, number);
		List<PlatformText> texts = revision.platforms().stream()
				.map(platform -> new PlatformText(platform.id(), revision.titleFor(platform), revision.bodyFor(platform)))
				.toList();
		List<RevisionToScreen.AttachmentFile> files = revision.attachments().stream()
				.map(ref -> new RevisionToScreen.AttachmentFile(ref.fileName(), contents.attachmentBytes(ref.sha256())))
				.toList();
		RevisionVerdict verdict = screening.screenRevision(
				new RevisionToScreen(contentId, number, revision.sponsored(), revision.crisis(), texts, files));
		execution.setVariable(BLOCKING, verdict.blocking());
		execution.setVariable(HEALTH_CLAIM, verdict.has(FindingCategory.HEALTH_CLAIM));
		execution.setVariable(FINANCIAL_PROMISE, verdict.has(FindingCategory.FINANCIAL_PROMISE));
		execution.setVariable(SENSITIVE_TOPIC, verdict.has(FindingCategory.SENSITIVE_TOPIC));
		execution.setVariable(SPONSORED, revision.sponsored());
		execution.setVariable(CRISIS, revision.crisis());
	}

}
