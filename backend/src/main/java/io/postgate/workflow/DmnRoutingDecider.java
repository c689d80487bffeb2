package io.postgate.workflow;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Routing;
import io.postgate.screening.RoutingDecider;
import io.postgate.screening.RoutingFacts;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Review routing by bpmn/review-routing.dmn, for the process and for ad-hoc screening alike. */
@Component
class DmnRoutingDecider implements RoutingDecider {

	static final String DECISION_KEY = "review-routing";

	private final DecisionService decisions;

	DmnRoutingDecider(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public Routing decide(RoutingFacts facts) {
		DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
				.variables(Variables.createVariables()
						.putValue(ProcessVariables.CRISIS, facts.crisis())
						.putValue(ProcessVariables.SPONSORED, facts.sponsored())
						.putValue(ProcessVariables.HEALTH_CLAIM, facts.has(FindingCategory.HEALTH_CLAIM))
						.putValue(ProcessVariables.FINANCIAL_PROMISE, facts.has(FindingCategory.FINANCIAL_PROMISE))
						.putValue(ProcessVariables.SENSITIVE_TOPIC, facts.has(FindingCategory.SENSITIVE_TOPIC)))
				.evaluate()
				.getSingleResult();
		return new Routing(result.getEntry("reviewGroup"), result.<Boolean>getEntry("legalRequired"),
				((Number) result.getEntry("slaHours")).intValue());
	}
}
