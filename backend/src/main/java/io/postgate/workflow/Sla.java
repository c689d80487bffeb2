package io.postgate.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.util.Date;

/** Due dates and timer durations for SLA hours, on the engine's clock (which tests can move). Public because the expression language only calls methods of public classes.
 */
@Component("sla")
public class Sla {

	public Date dueIn(Number hours) {
		return new Date(ClockUtil.getCurrentTime().getTime() + hours.longValue() * 3_600_000L);
	}

	public String duration(Number hours) {
		return "PT" + hours.longValue() + "H";
	}
}
