package io.postgate.workflow;

import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.postgate.PostgateApi.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/process-model serves the deployed content-approval BPMN to every signed-in user. */
@PostgateIntegrationTest
class ProcessModelApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everySignedInUserReadsTheDeployedApprovalModelWithItsDiagram() throws Exception {
		for (String user : new String[] { "editor1", "reviewer1", "compliance1" }) {
			mvc.perform(get("/api/process-model").with(as(user)))
					.andExpect(status().isOk())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
					.andExpect(content().string(allOf(containsString("id=\"content-approval\""), containsString("user_task_editorial_review"),
							containsString("bpmndi:BPMNDiagram"))));
		}
	}

	@Test
	void anonymousCallersGetNoModel() throws Exception {
		mvc.perform(get("/api/process-model")).andExpect(status().isUnauthorized());
	}
}
