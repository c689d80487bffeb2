package io.postgate.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publishRetryCycle Camunda retry cycle of each publishing attempt (ISO 8601 repeat/interval)
 * @param escalatedPriority task priority after an SLA was missed
 */
@ConfigurationProperties("postgate.workflow")
record WorkflowProperties(@DefaultValue("R3/PT1M") String publishRetryCycle, @DefaultValue("100") int escalatedPriority) {
}
