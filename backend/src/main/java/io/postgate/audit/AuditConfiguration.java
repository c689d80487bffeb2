package io.postgate.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Interval checkpoints run on Spring's scheduler. */
@Configuration
@EnableScheduling
class AuditConfiguration {
}
