package io.postgate.workflow;

import io.postgate.content.Contents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import static io.postgate.workflow.ProcessVariables.*;

/** Fingerprints what was approved and sets the publish time (now, if none or past). */
@Component("approveDelegate")
class ApproveDelegate implements JavaDelegate {

	private final Contents contents;

	ApproveDelegate(Contents contents) {
		this.contents = contents;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String contentId = execution.getProcessBusinessKey();
		int revision = ((Number) execution.getVariable(REVISION)).intValue();
		String fingerprint = contents.approve(contentId, revision, (String) execution.getVariable(LAST_APPROVER));
		execution.setVariable(APPROVED_FINGERPRINT, fingerprint);
		if (execution.getVariable(PUBLISH_AT) == null) {
			execution.setVariable(PUBLISH_AT, ClockUtil.getCurrentTime());
		}
	}
}
