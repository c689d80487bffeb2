package io.postgate.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/** The deployed content-approval model, for the status page's diagram; every signed-in user may read it. */
@RestController
class ProcessModelController {

	private final RepositoryService repositoryService;

	ProcessModelController(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@GetMapping(value = "/api/process-model", produces = MediaType.APPLICATION_XML_VALUE)
	byte[] processModel() throws IOException {
		ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
				.latestVersion().singleResult();
		try (InputStream model = repositoryService.getProcessModel(latest.getId())) {
			return model.readAllBytes();
		}
	}
}
