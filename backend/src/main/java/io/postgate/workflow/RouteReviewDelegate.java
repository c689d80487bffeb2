package io.postgate.workflow;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Routing;
import io.postgate.screening.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

import static io.postgate.workflow.ProcessVariables.*;

/** The "Route review" business rule task: evaluates review-routing.dmn into three small variables. */
@Component("routeReviewDelegate")
class RouteReviewDelegate implements JavaDelegate {

	private final DmnRoutingDecider decider;

	RouteReviewDelegate(DmnRoutingDecider decider) {
		this.decider = decider;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
		if (flag(execution, HEALTH_CLAIM)) {
			categories.add(FindingCategory.HEALTH_CLAIM);
		}
		if (flag(execution, FINANCIAL_PROMISE)) {
			categories.add(FindingCategory.FINANCIAL_PROMISE);
		}
		if (flag(execution, SENSITIVE_TOPIC)) {
			categories.add(FindingCategory.SENSITIVE_TOPIC);
		}
		Routing routing = decider.decideAndRecord(new RoutingFacts(flag(execution, SPONSORED), flag(execution, CRISIS), categories));
		execution.setVariable(REVIEW_GROUP, routing.reviewGroup());
		execution.setVariable(LEGAL_REQUIRED, routing.legalRequired());
		execution.setVariable(SLA_HOURS, routing.slaHours());
	}

	private static boolean flag(DelegateExecution execution, String name) {
		return Boolean.TRUE.equals(execution.getVariable(name));
	}
}
