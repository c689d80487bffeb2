package io.postgate.workflow;

import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * When a publishing job has used its last retry, Camunda raises an incident; this marks the content
 * PUBLISH_FAILED so it is visible, and resolving the incident (an admin retry) marks it PUBLISHING again.
 */
@Component
class PublishFailureHandling extends AbstractProcessEnginePlugin {

	private final Contents contents;

	PublishFailureHandling(@Lazy Contents contents) {
		this.contents = contents;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomIncidentHandlers(List.of(new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE) {
			@Override
			public Incident handleIncident(IncidentContext context, String message) {
				Incident incident = super.handleIncident(context, message);
				String contentId = publishingContent(context);
				if (contentId != null) {
					contents.moveTo(contentId, ContentStatus.PUBLISH_FAILED);
				}
				return incident;
			}

			@Override
			public void resolveIncident(IncidentContext context) {
				super.resolveIncident(context);
				String contentId = publishingContent(context);
				if (contentId != null) {
					contents.moveTo(contentId, ContentStatus.PUBLISHING);
				}
			}
		}));
	}

	private static String publishingContent(IncidentContext context) {
		if (context.getActivityId() == null || !context.getActivityId().startsWith(ProcessVariables.SERVICE_TASK_PUBLISH)
				|| context.getExecutionId() == null) {
			return null;
		}
		ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
		return execution == null ? null : execution.getProcessBusinessKey();
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
	}
}
