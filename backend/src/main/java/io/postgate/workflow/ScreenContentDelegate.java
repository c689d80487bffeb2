package io.postgate.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.postgate.workflow.ProcessVariables.REVISION;

/** Machine screening of the submitted revision on the job executor (screening mode {@code embedded}). */
@Component("screenContentDelegate")
class ScreenContentDelegate implements JavaDelegate {

	private final RevisionScreening screening;

	ScreenContentDelegate(RevisionScreening screening) {
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariables(screening.screen(execution.getProcessBusinessKey(), ((Number) execution.getVariable(REVISION)).intValue()));
	}
}
