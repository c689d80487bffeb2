package io.postgate.screening;

import io.postgate.PostgateIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.postgate.PostgateApi.as;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/platforms: the loaded rules/platforms.yaml, as the composer's counters read it. */
@PostgateIntegrationTest
class PlatformLimitsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEachPlatformsLimitsFromTheRulePack() throws Exception {
		mvc.perform(get("/api/platforms").with(as("editor1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].platform", hasItems("x", "weibo", "bilibili", "instagram")))
				.andExpect(jsonPath("$[?(@.platform == 'x')].maxChars").value(280))
				.andExpect(jsonPath("$[?(@.platform == 'x')].counting").value("x-weighted"))
				.andExpect(jsonPath("$[?(@.platform == 'x')].maxHashtags").value(3))
				.andExpect(jsonPath("$[?(@.platform == 'x')].maxMentions").value(10))
				.andExpect(jsonPath("$[?(@.platform == 'weibo')].hashtagPattern").value("#[^#\\n]+#"))
				.andExpect(jsonPath("$[?(@.platform == 'wechat')].maxTitleChars").value(64));
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		mvc.perform(get("/api/platforms")).andExpect(status().isUnauthorized());
	}
}
