package io.postgate.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.HashMap;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Freezes and lifts publishing through the admin API (demo password). A freeze holds every test's publishing
 * in the shared context, so tests lift what they froze in a finally block.
 */
public final class FreezeAdmin {

	private final MockMvc mvc;
	private final ObjectMapper json;

	public FreezeAdmin(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	/** Freezes the platform (all platforms when null). */
	public ResultActions freeze(String user, String platform, String reason) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("platform", platform);
		body.put("reason", reason);
		return mvc.perform(post("/api/admin/freeze").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)));
	}

	/** Lifts the platform's freeze (the all-platforms freeze when null). */
	public ResultActions lift(String user, String platform) throws Exception {
		return platform == null ? mvc.perform(delete("/api/admin/freeze").with(httpBasic(user, "demo")))
				: mvc.perform(delete("/api/admin/freeze").param("platform", platform).with(httpBasic(user, "demo")));
	}
}
