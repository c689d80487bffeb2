package io.postgate.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.postgate.BrowserSession;
import io.postgate.PostgateIntegrationTest;
import io.postgate.screening.extraction.ExifJpeg;
import io.postgate.screening.extraction.Fixtures;

/** POST /api/screenings as API clients and the React app call it: JSON, multipart files, and every refusal. */
@PostgateIntegrationTest
class ScreeningApiIntegrationTests {

	private static final RequestPostProcessor EDITOR = httpBasic("editor1", "demo");

	private static final String VIOLATING_DOCUMENT = "Spring launch. Our jasmine tea is the best tea in the world. "
			+ "Winners are contacted at maya.chen88@example.com.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Test
	void screensTitleAndTextWithFindingsAtUtf16OffsetsIntoTitleLineBreakText() throws Exception {
		String title = "🍵 Spring launch";
		String text = "🌸🌸 The best tea in the world is back! Email maya.chen88@example.com to win a tin.\n\n"
				+ "We will definately restock soon: https://bit.ly/nw-spring";
		Map<String, Object> request = Map.of("title", title, "text", text, "language", "en-US", "platform", "x", "sponsored", true);

		JsonNode report = read(screen(request).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)));

		assertThat(report.get("language").asText()).isEqualTo("en-US");
		assertThat(report.get("platform").asText()).isEqualTo("x");
		assertThat(report.get("offsets").asText()).isEqualTo("title+\\n+text");
		assertThat(report.at("/rulePack/version").asText()).isNotBlank();
		assertThat(report.at("/rulePack/hash").asText()).matches("[0-9a-f]{64}");
		assertThat(report.get("blocking").asBoolean()).isTrue();
		assertThat(report.at("/routing/legalRequired").asBoolean()).as("sponsored").isTrue();
		assertThat(report.at("/routing/slaHours").asInt()).isPositive();
		String screened = title + "\n" + text;
		assertExcerptsMatchOffsets(report, screened);
		assertFinding(report, "ABSOLUTE_CLAIM", "best tea in the world");
		assertFinding(report, "PII", "maya.chen88@example.com");
		assertFinding(report, "SPELLING", "definately");
		assertFinding(report, "LINK", "https://bit.ly/nw-spring");
		assertFinding(report, "MISSING_DISCLOSURE", "");
	}

	@Test
	void cleanPostIsNotBlockingAndNeedsNoLegalSignOff() throws Exception {
		JsonNode report = read(screen(Map.of("title", "Autumn menu", "text",
				"Our autumn menu starts on Saturday: roasted oolong with honey and warm pear cake. See you there!"))
				.andExpect(status().isOk()));

		assertThat(report.get("findings")).isEmpty();
		assertThat(report.get("blocking").asBoolean()).isFalse();
		assertThat(report.at("/routing/legalRequired").asBoolean()).isFalse();
	}

	@Test
	void detectsTheLanguageWhenTheRequestGivesNone() throws Exception {
		JsonNode chinese = read(screen(Map.of("title", "新品", "text", "双十一全网最低价，错过再等一年！")).andExpect(status().isOk()));
		JsonNode english = read(screen(Map.of("title", "New", "text", "Our new blend is here, come and taste it.")).andExpect(status().isOk()));

		assertThat(chinese.get("language").asText()).isEqualTo("zh-CN");
		assertFinding(chinese, "ABSOLUTE_CLAIM", "全网最低价");
		assertThat(english.get("language").asText()).isEqualTo("en-US");
	}

	@Test
	void requestWithoutTextIsRefusedNamingTheField() throws Exception {
		screen(Map.of("title", "No body")).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("text")));
	}

	@Test
	void unknownPlatformIsRefusedNamingIt() throws Exception {
		screen(Map.of("title", "t", "text", "Hello tea lovers", "platform", "myspace")).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(allOf(containsString("platform"), containsString("myspace"))));
	}

	@Test
	void everyPlatformOfTheContentModuleIsKnownToScreening() throws Exception {
		for (String platform : List.of("weibo", "wechat", "douyin", "xiaohongshu", "bilibili", "linkedin", "x", "instagram", "facebook")) {
			screen(Map.of("title", "t", "text", "Hello tea lovers", "platform", platform)).andExpect(status().isOk())
					.andExpect(jsonPath("$.platform").value(platform));
		}
	}

	@Test
	void unsupportedLanguageIsRefusedNamingTheField() throws Exception {
		screen(Map.of("title", "t", "text", "Bonjour à tous", "language", "fr-FR")).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(allOf(containsString("language"), containsString("fr-FR"))));
	}

	@Test
	void aMillionCharactersAreTooLarge() throws Exception {
		screen(Map.of("title", "Long", "text", "tea ".repeat(250_000))).andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("1000005 characters")));
	}

	@Test
	void invalidJsonIsABadRequest() throws Exception {
		mvc.perform(post("/api/screenings").with(EDITOR).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"text\": "))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anonymousCallerIsUnauthorized() throws Exception {
		BrowserSession anonymous = BrowserSession.anonymous(mvc);

		mvc.perform(post("/api/screenings").with(anonymous.csrf()).contentType(MediaType.APPLICATION_JSON)
						.content("{\"title\":\"t\",\"text\":\"tea\"}"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void browserSessionNeedsItsCsrfToken() throws Exception {
		BrowserSession browser = BrowserSession.loggedIn(mvc, "editor1");
		String body = "{\"title\":\"t\",\"text\":\"Our new blend is here.\"}";

		mvc.perform(post("/api/screenings").with(browser.session()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/screenings").with(browser.csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isOk());
	}

	static List<Arguments> documents() throws Exception {
		return List.of(
				Arguments.of("launch.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
						Fixtures.docx(VIOLATING_DOCUMENT, "Alice Author")),
				Arguments.of("launch.html", "text/html", Fixtures.html("Newsletter", VIOLATING_DOCUMENT)),
				Arguments.of("launch.pdf", "application/pdf", Fixtures.pdf(VIOLATING_DOCUMENT, "Alice Author")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void screensAnUploadedDocumentWithOffsetsIntoItsExtractedText(String fileName, String mediaType, byte[] bytes) throws Exception {
		JsonNode report = read(upload(new MockMultipartFile("file", fileName, mediaType, bytes)).andExpect(status().isOk()));

		assertThat(report.get("offsets").asText()).isEqualTo("extractedText");
		String extracted = report.get("extractedText").asText();
		assertThat(extracted).contains("best tea in the world");
		assertThat(report.at("/file/fileName").asText()).isEqualTo(fileName);
		assertThat(report.get("language").asText()).isEqualTo("en-US");
		assertExcerptsMatchOffsets(report, extracted);
		assertFinding(report, "ABSOLUTE_CLAIM", "best tea in the world");
		assertFinding(report, "PII", "maya.chen88@example.com");
		assertThat(report.get("blocking").asBoolean()).isTrue();
	}

	@Test
	void photoWithGpsCoordinatesIsAPrivacyFinding() throws Exception {
		byte[] photo = ExifJpeg.withGps(31.2304, 121.4737, "Pat Photographer", "(c) Northwind Tea");

		JsonNode report = read(upload(new MockMultipartFile("file", "shop-front.jpg", "image/jpeg", photo)).andExpect(status().isOk()));

		assertThat(report.get("findings")).anySatisfy(finding -> assertThat(finding.get("category").asText()).isEqualTo("PII"));
		assertThat(report.get("blocking").asBoolean()).isTrue();
	}

	@Test
	void encryptedPdfIsRefusedWithAClearMessage() throws Exception {
		upload(new MockMultipartFile("file", "secret.pdf", "application/pdf", Fixtures.encryptedPdf("Secret plan")))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("password")))
				.andExpect(jsonPath("$.code").value("extraction.encrypted"));
	}

	@Test
	void zipBombIsRefused() throws Exception {
		upload(new MockMultipartFile("file", "bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Fixtures.zipBombDocx(20)))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("zip bomb")));
	}

	@Test
	void emptyFileIsABadRequest() throws Exception {
		upload(new MockMultipartFile("file", "empty.docx", "application/octet-stream", new byte[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("file")));
	}

	private ResultActions screen(Map<String, Object> request) throws Exception {
		return mvc.perform(post("/api/screenings").with(EDITOR).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(request)));
	}

	private ResultActions upload(MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/api/screenings").file(file).with(EDITOR));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
	}

	private static void assertExcerptsMatchOffsets(JsonNode report, String screened) {
		assertThat(report.get("findings")).isNotEmpty().allSatisfy(finding -> {
			int start = finding.get("start").asInt();
			int end = finding.get("end").asInt();
			assertThat(screened.substring(start, end)).as(finding.toString()).isEqualTo(finding.get("excerpt").asText());
		});
	}

	private static void assertFinding(JsonNode report, String category, String excerpt) {
		assertThat(report.get("findings")).as("a %s finding on '%s'", category, excerpt)
				.anySatisfy(finding -> {
					assertThat(finding.get("category").asText()).isEqualTo(category);
					assertThat(finding.get("excerpt").asText()).contains(excerpt);
				});
	}
}
