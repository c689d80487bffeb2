package io.postgate.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Attaches {@link TaskProjection} to every user task of every deployed model. */
@Component
class TaskProjectionPlugin extends AbstractProcessEnginePlugin {

	private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
			TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

	private final TaskProjection projection;

	TaskProjectionPlugin(@Lazy TaskProjection projection) {
		this.projection = projection;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, projection));
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}
}
