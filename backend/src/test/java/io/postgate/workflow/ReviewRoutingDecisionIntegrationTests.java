package io.postgate.workflow;

import io.postgate.PostgateIntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static io.postgate.workflow.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of bpmn/review-routing.dmn through the engine's DecisionService, including the rows that
 * screening's blocking categories keep the process from reaching (health claims, financial promises),
 * and which row wins when several match (hit policy FIRST). The matched rule is read from the decision history.
 */
@PostgateIntegrationTest
class ReviewRoutingDecisionIntegrationTests {

	@Autowired
	DecisionService decisions;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@ParameterizedTest(name = "crisis={0} sponsored={1} health={2} financial={3} sensitive={4} -> {5}")
	@CsvSource({
			"true,  false, false, false, false, rule_crisis,            reviewers, true,  2",
			"false, false, true,  false, false, rule_health_claim,      reviewers, true,  8",
			"false, false, false, true,  false, rule_financial_promise, reviewers, true,  8",
			"false, false, false, false, true,  rule_sensitive_topic,   reviewers, true,  24",
			"false, true,  false, false, false, rule_sponsored,         reviewers, true,  24",
			"false, false, false, false, false, rule_default,           reviewers, false, 24",
			"true,  true,  true,  true,  true,  rule_crisis,            reviewers, true,  2",
			"false, true,  true,  false, false, rule_health_claim,      reviewers, true,  8",
			"false, true,  false, true,  true,  rule_financial_promise, reviewers, true,  8",
			"false, true,  false, false, true,  rule_sensitive_topic,   reviewers, true,  24" })
	void routesByTheFirstMatchingRow(boolean crisis, boolean sponsored, boolean healthClaim, boolean financialPromise, boolean sensitiveTopic,
			String rule, String reviewGroup, boolean legalRequired, int slaHours) {
		String caller = "routing-test-" + UUID.randomUUID();
		identity.setAuthenticatedUserId(caller);
		DmnDecisionResultEntries result;
		try {
			result = decisions.evaluateDecisionByKey(DmnRoutingDecider.DECISION_KEY)
					.variables(Variables.createVariables()
							.putValue(CRISIS, crisis)
							.putValue(SPONSORED, sponsored)
							.putValue(HEALTH_CLAIM, healthClaim)
							.putValue(FINANCIAL_PROMISE, financialPromise)
							.putValue(SENSITIVE_TOPIC, sensitiveTopic))
					.evaluate()
					.getSingleResult();
		}
		finally {
			identity.clearAuthentication();
		}

		assertThat(result.<String>getEntry(REVIEW_GROUP)).isEqualTo(reviewGroup);
		assertThat(result.<Boolean>getEntry(LEGAL_REQUIRED)).isEqualTo(legalRequired);
		assertThat(((Number) result.getEntry(SLA_HOURS)).intValue()).isEqualTo(slaHours);
		HistoricDecisionInstance evaluation = history.createHistoricDecisionInstanceQuery().userId(caller).includeOutputs().singleResult();
		assertThat(evaluation.getOutputs()).extracting(HistoricDecisionOutputInstance::getRuleId).containsOnly(rule);
	}
}
