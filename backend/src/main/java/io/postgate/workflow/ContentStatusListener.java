package io.postgate.workflow;

import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the model ({@code ${contentStatus.enter(execution, 'IN_REVIEW')}}) as the process enters a step. Public because the expression language only calls methods of public classes.
 */
@Component("contentStatus")
public class ContentStatusListener {

	private final Contents contents;

	ContentStatusListener(Contents contents) {
		this.contents = contents;
	}

	public void enter(DelegateExecution execution, String status) {
		ContentStatus target = ContentStatus.valueOf(status);
		if (target == ContentStatus.PUBLISHING && hasIncident(execution)) {
			// another platform's branch already failed for good: the post stays PUBLISH_FAILED until an admin retry
			return;
		}
		contents.moveTo(execution.getProcessBusinessKey(), target);
	}

	private static boolean hasIncident(DelegateExecution execution) {
		return execution.getProcessEngineServices().getRuntimeService().createIncidentQuery()
				.processInstanceId(execution.getProcessInstanceId()).count() > 0;
	}
}
