package io.postgate.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads a user's bell through the API. */
final class Inbox {

	private final MockMvc mvc;
	private final ObjectMapper json;

	Inbox(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	JsonNode of(String user) throws Exception {
		return json.readTree(mvc.perform(get("/api/notifications").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
	}

	/** The titles of the user's notifications of one kind that concern no single content item, newest first. */
	List<String> generalTitles(String user, String kind) throws Exception {
		List<String> titles = new ArrayList<>();
		of(user).get("items").forEach(item -> {
			if (!item.has("contentId") && kind.equals(item.get("kind").asText())) {
				titles.add(item.get("title").asText());
			}
		});
		return titles;
	}

	/** The kinds of the user's notifications about one content item, newest first. */
	List<String> kinds(String user, String contentId) throws Exception {
		List<String> kinds = new ArrayList<>();
		of(user).get("items").forEach(item -> {
			if (contentId.equals(item.path("contentId").asText())) {
				kinds.add(item.get("kind").asText());
			}
		});
		return kinds;
	}
}
