package io.postgate.workflow;

import io.postgate.content.ContentStatus;
import io.postgate.content.Contents;
import io.postgate.publishing.DeliveryException;
import io.postgate.publishing.PublishingFrozen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
 * <p>
 * A failure that retrying cannot fix (a {@link DeliveryException} that is not retryable, e.g. a 4xx answer) fails
 * fast: the failed-job command first does what Camunda always does (exception, retry cycle) and then sets the
 * job's retries to 0, which raises the incident at once. A BPMN error boundary would have needed a second path in
 * the model to PUBLISH_FAILED and a different admin retry; this keeps one failure path for both cases.
 * <p>
 * A {@link PublishingFrozen} failure does not use up a retry: the job waits one retry interval and tries again,
 * and {@link FrozenPublishing} makes the waiting jobs due at once when the freeze is lifted.
 */
@Component
class PublishFailureHandling extends AbstractProcessEnginePlugin {

	private final Contents contents;

	PublishFailureHandling(@Lazy Contents contents) {
		this.contents = contents;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFailedJobCommandFactory((jobId, exception) -> new FailFastJobRetryCmd(jobId, exception));
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

	static boolean isFrozen(Throwable exception) {
		for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof PublishingFrozen) {
				return true;
			}
		}
		return false;
	}

	static boolean isNonRetryable(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof DeliveryException delivery) {
				return !delivery.retryable();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static class FailFastJobRetryCmd extends DefaultJobRetryCmd {

		FailFastJobRetryCmd(String jobId, Throwable exception) {
			super(jobId, exception);
		}

		/** A frozen platform is a wait, not a failed attempt: the job keeps its retries and is tried again later. */
		@Override
		protected boolean shouldDecrementRetriesFor(Throwable failure) {
			return super.shouldDecrementRetriesFor(failure) && !isFrozen(failure);
		}

		@Override
		public Object execute(CommandContext commandContext) {
			Object result = super.execute(commandContext);
			JobEntity job = getJob();
			if (job != null && job.getRetries() > 0 && isNonRetryable(exception)) {
				job.setRetries(0);
			}
			return result;
		}
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
