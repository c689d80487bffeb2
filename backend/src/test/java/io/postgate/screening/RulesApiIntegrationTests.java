package io.postgate.screening;

import io.postgate.PostgateIntegrationTest;
import io.postgate.screening.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static io.postgate.PostgateApi.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/rules: the loaded packs, their rules and the brand glossary, for compliance officers and admins. */
@PostgateIntegrationTest
class RulesApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleEngine engine;

	@Test
	void complianceOfficersReadEveryPackWithItsRulesTheDisclosureConditionAndTheBrandGlossary() throws Exception {
		mvc.perform(get("/api/rules").with(as("compliance1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(engine.version()))
				.andExpect(jsonPath("$.hash").value(engine.hash()))
				.andExpect(jsonPath("$.packs", hasSize(engine.packVersions().size())))
				.andExpect(jsonPath("$.packs[*].id", hasItems("absolute-claims-en", "absolute-claims-zh", "disclosure", "typos-zh")))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].category").value("ABSOLUTE_CLAIM"))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].source").value("rules/packs/absolute-claims-en.yaml"))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].external").value(false))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].description").value(
						"Superlative, ranking and guarantee claims that need substantiation or are banned."))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].rules[?(@.id == 'en-superlative')].phrases[*]",
						hasItems("best in the world", "world-class")))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].rules[?(@.id == 'en-ranking')].exceptionPatterns[*]",
						hasSize(2)))
				.andExpect(jsonPath("$.packs[?(@.id == 'absolute-claims-en')].rules[?(@.id == 'en-superlative')].legalReference",
						hasItem(startsWith("《中华人民共和国广告法》第九条"))))
				.andExpect(jsonPath("$.packs[?(@.id == 'disclosure')].disclosure.bodyChars").value(200))
				.andExpect(jsonPath("$.packs[?(@.id == 'disclosure')].rules[*].phrases[*]", hasItems("#ad", "广告")))
				.andExpect(jsonPath("$.brand.terms[*].term", hasItem("Northwind Tea")))
				.andExpect(jsonPath("$.brand.allowedDomains").isNotEmpty())
				.andExpect(jsonPath("$.brand.shorteners").isNotEmpty())
				.andExpect(jsonPath("$.brand.officialMessengerIds", hasItems("NorthwindTea_CN", "800018888")))
				.andExpect(jsonPath("$.platforms[*].platform", hasItems("weibo", "x", "wechat")))
				.andExpect(jsonPath("$.platforms[?(@.platform == 'x')].maxChars").value(280));
	}

	@Test
	void adminsReadTheRulesToo() throws Exception {
		mvc.perform(get("/api/rules").with(as("admin"))).andExpect(status().isOk()).andExpect(jsonPath("$.hash").value(engine.hash()));
	}

	@Test
	void editorsReviewersAndLegalAreRefusedAndAnonymousCallersMustSignIn() throws Exception {
		for (String user : List.of("editor1", "reviewer1", "legal1")) {
			mvc.perform(get("/api/rules").with(as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/rules")).andExpect(status().isUnauthorized());
	}

	@Test
	void theRulesCannotBeChangedThroughThisEndpoint() throws Exception {
		mvc.perform(post("/api/rules").with(as("compliance1"))).andExpect(status().isMethodNotAllowed());
	}
}
