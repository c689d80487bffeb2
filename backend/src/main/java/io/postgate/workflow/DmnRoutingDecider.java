package io.postgate.workflow;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Routing;
import io.postgate.screening.RoutingDecider;
import io.postgate.screening.RoutingFacts;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Review routing by bpmn/review-routing.dmn, for the process and for ad-hoc screening alike.
 * <p>
 * The process records its decision in Camunda's history ({@link #decideAndRecord}). Screening asks on
 * every keystroke of the composer, so {@link #decide} evaluates the latest deployed version of the same
 * decision in memory: no transaction and no history row per call.
 */
@Component
class DmnRoutingDecider implements RoutingDecider {

	static final String DECISION_KEY = "review-routing";

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final DmnEngine dmn;
	private volatile Parsed parsed;

	private record Parsed(String definitionId, DmnDecision decision) {
	}

	DmnRoutingDecider(ProcessEngine engine) {
		this.decisions = engine.getDecisionService();
		this.repository = engine.getRepositoryService();
		// A plain DMN engine: the process engine's own one records history and needs a command context.
		this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
	}

	@Override
	public Routing decide(RoutingFacts facts) {
		return routing(dmn.evaluateDecision(latest(), variables(facts)).getSingleResult());
	}

	/** Evaluates through the engine, which writes the decision to the history of the calling process. */
	Routing decideAndRecord(RoutingFacts facts) {
		return routing(decisions.evaluateDecisionByKey(DECISION_KEY).variables(variables(facts)).evaluate().getSingleResult());
	}

	private DmnDecision latest() {
		DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY).latestVersion()
				.singleResult();
		Parsed current = parsed;
		if (current == null || !current.definitionId().equals(definition.getId())) {
			current = new Parsed(definition.getId(), dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(definition.getId())));
			parsed = current;
		}
		return current.decision();
	}

	private static VariableMap variables(RoutingFacts facts) {
		return Variables.createVariables()
				.putValue(ProcessVariables.CRISIS, facts.crisis())
				.putValue(ProcessVariables.SPONSORED, facts.sponsored())
				.putValue(ProcessVariables.HEALTH_CLAIM, facts.has(FindingCategory.HEALTH_CLAIM))
				.putValue(ProcessVariables.FINANCIAL_PROMISE, facts.has(FindingCategory.FINANCIAL_PROMISE))
				.putValue(ProcessVariables.SENSITIVE_TOPIC, facts.has(FindingCategory.SENSITIVE_TOPIC));
	}

	private static Routing routing(DmnDecisionResultEntries result) {
		return new Routing(result.getEntry("reviewGroup"), result.<Boolean>getEntry("legalRequired"),
				((Number) result.getEntry("slaHours")).intValue());
	}
}
