package io.postgate.workflow;

import io.postgate.publishing.Publishing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * One platform branch of the publish step. Failures propagate so Camunda retries the job with the
 * model's retry cycle and raises an incident after the last attempt.
 */
@Component("publishDelegate")
class PublishDelegate implements JavaDelegate {

	private final Publishing publishing;

	PublishDelegate(Publishing publishing) {
		this.publishing = publishing;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		String contentId = execution.getProcessBusinessKey();
		int revision = ((Number) execution.getVariable(REVISION)).intValue();
		publishing.publish(contentId, revision, (String) execution.getVariable("platform"),
				(String) execution.getVariable(APPROVED_FINGERPRINT));
	}
}
