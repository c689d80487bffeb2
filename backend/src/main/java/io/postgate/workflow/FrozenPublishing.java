package io.postgate.workflow;

import io.postgate.publishing.PublishingEvents.PublishingFreezeLifted;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishing jobs held by a freeze retry every retry interval; when a freeze is lifted they become due at once,
 * so the held posts go out without waiting for the next interval.
 */
@Component
class FrozenPublishing {

	private final ManagementService management;

	FrozenPublishing(ManagementService management) {
		this.management = management;
	}

	@EventListener
	void on(PublishingFreezeLifted event) {
		for (Job job : management.createJobQuery().activityId(ProcessVariables.SERVICE_TASK_PUBLISH).withException().list()) {
			String message = job.getExceptionMessage();
			if (message != null && message.startsWith("publishing to ") && message.contains(" is frozen")
					&& (event.platform() == null || message.startsWith("publishing to " + event.platform() + " "))) {
				management.setJobDuedate(job.getId(), ClockUtil.getCurrentTime());
			}
		}
	}
}
