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

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Review routing by bpmn/review-routing.dmn, for the process and for ad-hoc screening alike.
 * <p>
 * The process records its decision in Camunda's history ({@link #decideAndRecord}). Screening asks on
 * every keystroke of the composer, so {@link #decide} evaluates the latest deployed version of the same
 * decision in memory and remembers the result per combination of facts (there are 32): no transaction
 * and no history row per call. A newly deployed version applies to screening within {@link #RECHECK}.
 */
@Component
class DmnRoutingDecider implements RoutingDecider {

	static final String DECISION_KEY = "review-routing";

	/** How long a looked-up decision version is used before checking for a newer deployment. */
	private static final Duration RECHECK = Duration.ofSeconds(10);

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final DmnEngine dmn;
	private volatile Latest latest;

	/** The latest deployed version, parsed, and its result for each combination of facts seen so far. */
	private record Latest(String definitionId, DmnDecision decision, Map<Integer, Routing> results, long checkedAt) {
	}

	DmnRoutingDecider(ProcessEngine engine) {
		this.decisions = engine.getDecisionService();
		this.repository = engine.getRepositoryService();
		// A plain DMN engine: the process engine's own one records history and needs a command context.
		this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
	}

	@Override
	public Routing decide(RoutingFacts facts) {
		Latest current = latest();
		return current.results().computeIfAbsent(key(facts),
				k -> routing(dmn.evaluateDecision(current.decision(), variables(facts)).getSingleResult()));
	}

	/** Evaluates through the engine, which writes the decision to the history of the calling process. */
	Routing decideAndRecord(RoutingFacts facts) {
		return routing(decisions.evaluateDecisionByKey(DECISION_KEY).variables(variables(facts)).evaluate().getSingleResult());
	}

	private Latest latest() {
		Latest current = latest;
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
			return current;
		}
		DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY).latestVersion()
				.singleResult();
		current = current != null && current.definitionId().equals(definition.getId())
				? new Latest(current.definitionId(), current.decision(), current.results(), now)
				: new Latest(definition.getId(), dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(definition.getId())),
						new ConcurrentHashMap<>(), now);
		latest = current;
		return current;
	}

	/** The facts the decision reads, as bits. */
	private static int key(RoutingFacts facts) {
		return (facts.sponsored() ? 1 : 0) | (facts.crisis() ? 2 : 0) | (facts.has(FindingCategory.HEALTH_CLAIM) ? 4 : 0)
				| (facts.has(FindingCategory.FINANCIAL_PROMISE) ? 8 : 0) | (facts.has(FindingCategory.SENSITIVE_TOPIC) ? 16 : 0);
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
