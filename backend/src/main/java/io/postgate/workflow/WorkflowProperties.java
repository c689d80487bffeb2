package io.postgate.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param publishRetryCycle Camunda retry cycle of each publishing attempt (ISO 8601 repeat/interval)
 * @param escalatedPriority task priority after an SLA was missed
 * @param screeningMode where processes started from now on screen: on the job executor of the node that runs the step
 *        ({@code embedded}), or as an external task of topic {@code screening} for a {@link ScreeningWorker}
 * @param screeningWorker the screening worker's settings (the {@code screening-worker} profile enables it)
 */
@ConfigurationProperties("postgate.workflow")
record WorkflowProperties(@DefaultValue("R3/PT1M") String publishRetryCycle, @DefaultValue("100") int escalatedPriority,
		@DefaultValue("embedded") ScreeningMode screeningMode, @DefaultValue ScreeningWorkerSettings screeningWorker) {

	enum ScreeningMode {
		EMBEDDED, EXTERNAL;

		/** The value of the process variable {@code screeningMode} that the model's conditions compare with. */
		String variable() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * @param enabled whether this node fetches and screens external screening tasks
	 * @param lockDuration how long a fetched task stays locked to this worker; a worker that dies leaves its tasks to
	 *        others after this
	 * @param maxTasks tasks fetched at once
	 * @param retries attempts of a task that fails before it becomes an incident
	 * @param retryDelay pause before a failed task is fetched again
	 * @param idlePause pause after a fetch that found nothing
	 */
	record ScreeningWorkerSettings(@DefaultValue("false") boolean enabled, @DefaultValue("PT2M") Duration lockDuration,
			@DefaultValue("2") int maxTasks, @DefaultValue("3") int retries, @DefaultValue("PT30S") Duration retryDelay,
			@DefaultValue("PT0.5S") Duration idlePause) {
	}
}
