package io.postgate.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the engine has deployed: BPMN processes and DMN decisions, every version. */
@Service
public class ProcessDefinitions {

	private final RepositoryService repositoryService;

	ProcessDefinitions(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	public List<DeployedDefinition> all() {
		Stream<DeployedDefinition> processes = repositoryService.createProcessDefinitionQuery().list().stream()
				.map(definition -> new DeployedDefinition("BPMN", definition.getKey(), definition.getName(), definition.getVersion(),
						definition.getResourceName(), definition.getDeploymentId(), definition.isSuspended(),
						definition.getHistoryTimeToLive()));
		Stream<DeployedDefinition> decisions = repositoryService.createDecisionDefinitionQuery().list().stream()
				.map(definition -> new DeployedDefinition("DMN", definition.getKey(), definition.getName(), definition.getVersion(),
						definition.getResourceName(), definition.getDeploymentId(), false, definition.getHistoryTimeToLive()));
		return Stream.concat(processes, decisions)
				.sorted(Comparator.comparing(DeployedDefinition::type).thenComparing(DeployedDefinition::key)
						.thenComparing(DeployedDefinition::version, Comparator.reverseOrder()))
				.toList();
	}

	public record DeployedDefinition(String type, String key, String name, int version, String resource, String deploymentId,
			boolean suspended, Integer historyTimeToLiveDays) {
	}
}
