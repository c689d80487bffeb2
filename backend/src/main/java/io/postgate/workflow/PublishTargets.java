package io.postgate.workflow;

import io.postgate.content.Contents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The multi-instance collection of the publish step: one branch per platform of the content. Public because the expression language only calls methods of public classes.
 */
@Component("publishTargets")
public class PublishTargets {

	private final Contents contents;

	PublishTargets(Contents contents) {
		this.contents = contents;
	}

	public List<String> of(DelegateExecution execution) {
		return contents.facts(execution.getProcessBusinessKey()).platforms();
	}
}
