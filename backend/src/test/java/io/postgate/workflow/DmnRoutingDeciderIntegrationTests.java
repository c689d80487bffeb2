package io.postgate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.postgate.PostgateIntegrationTest;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.RoutingFacts;

@PostgateIntegrationTest
class DmnRoutingDeciderIntegrationTests {

	@Autowired
	DmnRoutingDecider decider;

	@Autowired
	HistoryService history;

	@Test
	void screeningsInMemoryDecisionAgreesWithTheEnginesForEveryCombinationOfFacts() {
		for (int bits = 0; bits < 32; bits++) {
			Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
			if ((bits & 4) != 0) {
				categories.add(FindingCategory.HEALTH_CLAIM);
			}
			if ((bits & 8) != 0) {
				categories.add(FindingCategory.FINANCIAL_PROMISE);
			}
			if ((bits & 16) != 0) {
				categories.add(FindingCategory.SENSITIVE_TOPIC);
			}
			RoutingFacts facts = new RoutingFacts((bits & 1) != 0, (bits & 2) != 0, categories);

			assertThat(decider.decide(facts)).as(facts.toString()).isEqualTo(decider.decideAndRecord(facts));
		}
	}

	@Test
	void screeningsDecisionLeavesNoHistoryBehind() {
		long before = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(DmnRoutingDecider.DECISION_KEY).count();

		for (int i = 0; i < 10; i++) {
			decider.decide(new RoutingFacts(true, false, Set.of(FindingCategory.HEALTH_CLAIM)));
		}

		// Approval processes of other tests may still be routing in the background, so not "unchanged".
		assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(DmnRoutingDecider.DECISION_KEY).count() - before)
				.isLessThan(10);
	}
}
