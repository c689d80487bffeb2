package io.postgate.workflow;

import io.postgate.publishing.Publishing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who gets the "Publish by hand" task of a branch: the candidate group and the assignee configured on the platform's
 * assisted channel. Evaluated from the model, so nothing but the platform id is kept in process variables. Public
 * because the expression language only calls methods of public classes.
 */
@Component("manualPublishing")
public class ManualPublishing {

	private final Publishing publishing;

	ManualPublishing(Publishing publishing) {
		this.publishing = publishing;
	}

	public List<String> groups(DelegateExecution execution) {
		return publishing.manualPublisher(platform(execution)).map(Publishing.ManualPublisher::group).stream()
				.filter(group -> group != null).toList();
	}

	public String user(DelegateExecution execution) {
		return publishing.manualPublisher(platform(execution)).map(Publishing.ManualPublisher::user).orElse(null);
	}

	private static String platform(DelegateExecution execution) {
		return (String) execution.getVariable(ProcessVariables.PLATFORM);
	}
}
