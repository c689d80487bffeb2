package io.postgate.workflow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Postgate's own administration of the engine (the Camunda REST API and webapps are not deployed). */
@RestController
@RequestMapping("/api/admin")
class AdminProcessController {

	private final ProcessDefinitions definitions;

	AdminProcessController(ProcessDefinitions definitions) {
		this.definitions = definitions;
	}

	@GetMapping("/process-definitions")
	List<ProcessDefinitions.DeployedDefinition> processDefinitions() {
		return definitions.all();
	}
}
