package io.postgate.workflow;

import io.postgate.publishing.Delivery;
import io.postgate.publishing.Publishing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.postgate.workflow.ProcessVariables.*;

/**
 * One platform branch of the publish step. Failures propagate so Camunda retries the job with the
 * model's retry cycle and raises an incident after the last attempt. A destination of an assisted channel
 * continues to the "Publish by hand" task ({@code publishByHand}, local to the branch).
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
		Delivery delivery = publishing.publish(contentId, revision, (String) execution.getVariable(PLATFORM),
				(String) execution.getVariable(APPROVED_FINGERPRINT));
		execution.setVariableLocal(PUBLISH_BY_HAND, delivery.state().equals(Delivery.AWAITING_PERSON));
	}
}
