package io.postgate.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.BrowserSession;
import io.postgate.PostgateApi;
import io.postgate.PostgateIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.postgate.PostgateApi.as;
import static io.postgate.PostgateApi.cleanDraft;
import static io.postgate.PostgateApi.uniqueCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The content API as the React app (session + CSRF) and API clients (HTTP Basic) use it: drafts,
 * revisions, attachments, submit, withdraw, reschedule, briefs, lists and the calendar, with their
 * validation, permission and state-conflict answers. Runs on H2 and on MariaDB.
 */
@PostgateIntegrationTest
class ContentApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	HistoryService history;

	@Autowired
	RuntimeService runtime;

	@LocalServerPort
	int port;

	PostgateApi api;

	String campaign;

	@BeforeEach
	void setUp() {
		api = new PostgateApi(mvc, json);
		campaign = uniqueCampaign();
	}

	// --- create draft ---

	@Test
	void editorCreatesADraftAsRevisionOne() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("platforms", List.of("linkedin", "WeChat"));
		draft.put("tags", List.of("planning"));

		mvc.perform(post("/api/contents").with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(draft)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").isString())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.revision").value(1))
				.andExpect(jsonPath("$.owner").value("editor1"))
				.andExpect(jsonPath("$.contentType").value("ARTICLE"))
				.andExpect(jsonPath("$.campaign").value(campaign))
				.andExpect(jsonPath("$.platforms", hasSize(2)))
				.andExpect(jsonPath("$.platforms", hasItem("wechat")))
				.andExpect(jsonPath("$.current.title").value("Planning notes for the spring calendar"))
				.andExpect(jsonPath("$.current.author").value("editor1"))
				.andExpect(jsonPath("$.current.fingerprint").isString())
				.andExpect(jsonPath("$.revisions", hasSize(1)));
	}

	@Test
	void browserSessionCreatesADraftWithItsCsrfTokenButNotWithoutIt() throws Exception {
		BrowserSession browser = BrowserSession.loggedIn(mvc, "editor1");
		String body = api.json(cleanDraft(campaign));

		mvc.perform(post("/api/contents").with(browser.session()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("CSRF token missing or invalid"));
		assertThat(idsOfCampaign("editor1")).isEmpty();

		mvc.perform(post("/api/contents").with(browser.csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.owner").value("editor1"));
		assertThat(idsOfCampaign("editor1")).hasSize(1);
	}

	@Test
	void unknownPlatformIsRejectedNamingIt() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("platforms", List.of("linkedin", "myspace"));

		createDraft("editor1", draft)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("platforms:")))
				.andExpect(jsonPath("$.detail", containsString("'myspace'")));
		assertThat(idsOfCampaign("editor1")).isEmpty();
	}

	@Test
	void blankTitleIsRejectedNamingTheField() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("title", "   ");

		createDraft("editor1", draft)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors.title").exists())
				.andExpect(jsonPath("$.detail", startsWith("title:")));
	}

	@Test
	void draftWithoutPlatformsIsRejected() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.remove("platforms");
		createDraft("editor1", draft).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.platforms").exists());

		draft.put("platforms", List.of());
		createDraft("editor1", draft).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.platforms").exists());
	}

	@Test
	void unknownContentTypeIsRejectedNamingTheField() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("contentType", "HOLOGRAM");

		createDraft("editor1", draft)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("contentType:")))
				.andExpect(jsonPath("$.detail", containsString("HOLOGRAM")));
	}

	@Test
	void scheduleInYear9999OrFarInThePastIsRejected() throws Exception {
		for (String scheduledAt : List.of("9999-12-31T23:59:59Z", "2001-01-01T00:00:00Z",
				Instant.now().minus(3, ChronoUnit.DAYS).toString())) {
			Map<String, Object> draft = cleanDraft(campaign);
			draft.put("scheduledAt", scheduledAt);
			createDraft("editor1", draft)
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail", startsWith("scheduledAt:")));
		}
		assertThat(idsOfCampaign("editor1")).isEmpty();
	}

	@Test
	void unparseableScheduleIsRejected() throws Exception {
		String body = api.json(cleanDraft(campaign)).replace("\"crisis\":false", "\"crisis\":false,\"scheduledAt\":\"next tuesday\"");
		mvc.perform(post("/api/contents").with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void bodyOverTheLimitIsTooLargeAndNothingIsStored() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("body", "a".repeat(100_001));

		createDraft("editor1", draft)
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("body:")));
		assertThat(idsOfCampaign("editor1")).isEmpty();
	}

	@Test
	void reviewerMayNotCreateADraft() throws Exception {
		createDraft("reviewer1", cleanDraft(campaign))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("only editors create drafts"));
	}

	/** The CSRF check comes before authentication: without a token even an anonymous POST is a 403. */
	@Test
	void anonymousCallerMayNotCreateADraft() throws Exception {
		BrowserSession anonymous = BrowserSession.anonymous(mvc);
		mvc.perform(post("/api/contents").with(anonymous.csrf()).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/contents").contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/contents")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/contents/{id}", UUID.randomUUID())).andExpect(status().isUnauthorized());
	}

	// --- who sees and changes what ---

	/*
	 * 404, not 403: an editor learns nothing about other editors' drafts, not even that they exist.
	 * A 403 naming the rule is for content the caller may read but not change.
	 */
	@Test
	void editorGetsNotFoundForAnotherEditorsDraftSoDraftsStayHidden() throws Exception {
		String id = api.createDraft("lead1", cleanDraft(campaign)).get("id").asText();

		mvc.perform(get("/api/contents/{id}", id).with(as("editor1"))).andExpect(status().isNotFound());
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
				.content(api.json(cleanDraft(campaign)))).andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("editor1"))).andExpect(status().isNotFound());
		assertThat(ids(listAs("editor1", "author=lead1"))).doesNotContain(id);
		api.content("lead1", id);
	}

	@Test
	void reviewersLegalAndComplianceReadSubmittedContentButNotOthersDrafts() throws Exception {
		String draft = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		String submitted = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", submitted);

		for (String reader : List.of("reviewer1", "legal1", "compliance1", "lead1")) {
			mvc.perform(get("/api/contents/{id}", draft).with(as(reader))).andExpect(status().isNotFound());
			mvc.perform(get("/api/contents/{id}", submitted).with(as(reader)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.owner").value("editor1"));
			List<String> listed = ids(listAs(reader, "author=editor1&size=200"));
			assertThat(listed).contains(submitted).doesNotContain(draft);
		}
	}

	@Test
	void readerWhoIsNotTheOwnerMayNotChangeSubmittedContent() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", id);

		mvc.perform(put("/api/contents/{id}", id).with(as("lead1")).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("only the owner (editor1) may change this content"));
	}

	@Test
	void ownerRevisesADraftIntoANewRevision() throws Exception {
		JsonNode created = api.createDraft("editor1", cleanDraft(campaign));
		Map<String, Object> revised = cleanDraft(campaign);
		revised.put("title", "Planning notes, second take");
		revised.put("platforms", List.of("weibo"));

		mvc.perform(put("/api/contents/{id}", created.get("id").asText()).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
						.content(api.json(revised)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.revision").value(2))
				.andExpect(jsonPath("$.platforms", hasSize(1)))
				.andExpect(jsonPath("$.platforms[0]").value("weibo"))
				.andExpect(jsonPath("$.current.title").value("Planning notes, second take"))
				.andExpect(jsonPath("$.current.fingerprint", not(created.get("current").get("fingerprint").asText())))
				.andExpect(jsonPath("$.revisions", hasSize(2)))
				.andExpect(jsonPath("$.revisions[0].title").value("Planning notes for the spring calendar"));
	}

	@Test
	void revisionsNamePlatformsByTheirIdsLikeTheItemAndKeepTheirVariants() throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("platforms", List.of("weibo", "linkedin"));
		draft.put("variants", Map.of("WEIBO", Map.of("body", "Short body for Weibo")));
		String id = api.createDraft("editor1", draft).get("id").asText();

		mvc.perform(get("/api/contents/{id}", id).with(as("editor1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.current.platforms", containsInAnyOrder("weibo", "linkedin")))
				.andExpect(jsonPath("$.current.variants.weibo.body").value("Short body for Weibo"))
				.andExpect(jsonPath("$.current.variants.WEIBO").doesNotExist())
				.andExpect(jsonPath("$.revisions[0].platforms", containsInAnyOrder("weibo", "linkedin")));
	}

	@Test
	void revisionIsValidatedLikeADraft() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		Map<String, Object> revised = cleanDraft(campaign);
		revised.put("title", "");
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(revised)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.title").exists());
		assertThat(api.content("editor1", id).get("revision").asInt()).isEqualTo(1);
	}

	// --- submit and state conflicts ---

	@Test
	void revisingAfterSubmitIsAConflict() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SCREENING"));

		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("only DRAFT or CHANGES_REQUESTED")));
	}

	@Test
	void submittingTwiceIsAConflictTheSecondTime() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", id);

		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("cannot be submitted")));
		assertThat(api.awaitStatusOtherThan("editor1", id, "SCREENING")).isEqualTo("IN_REVIEW");
		assertThat(screeningsOf(id)).isEqualTo(1);
	}

	@Test
	void concurrentDoubleSubmitContinuesExactlyOneProcess() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> submits = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			submits.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return overHttp("editor1", "/api/contents/" + id + "/submit");
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		List<Integer> statuses = submits.stream().map(CompletableFuture::join).sorted().toList();

		assertThat(statuses).containsExactly(200, 409);
		assertThat(api.awaitStatusOtherThan("editor1", id, "SCREENING")).isEqualTo("IN_REVIEW");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
		assertThat(screeningsOf(id)).isEqualTo(1);
	}

	// --- lists ---

	@Test
	void listFiltersByStatusAuthorAndPlatform() throws Exception {
		Map<String, Object> onWeibo = cleanDraft(campaign);
		onWeibo.put("platforms", List.of("weibo"));
		String weiboDraft = api.createDraft("editor1", onWeibo).get("id").asText();
		String linkedinDraft = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		String submitted = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", submitted);

		assertThat(ids(listAs("editor1", "status=DRAFT&platform=weibo"))).contains(weiboDraft).doesNotContain(linkedinDraft, submitted);
		assertThat(ids(listAs("editor1", "status=draft&platform=LinkedIn"))).contains(linkedinDraft).doesNotContain(weiboDraft, submitted);
		assertThat(ids(listAs("editor1", "status=DRAFT"))).contains(weiboDraft, linkedinDraft).doesNotContain(submitted);
		assertThat(ids(listAs("editor1", "author=editor1"))).contains(weiboDraft, linkedinDraft, submitted);
		assertThat(ids(listAs("editor1", "author=lead1"))).doesNotContain(weiboDraft, linkedinDraft, submitted);
		assertThat(ids(listAs("reviewer1", "author=editor1&platform=linkedin"))).contains(submitted).doesNotContain(linkedinDraft);
		JsonNode first = listAs("reviewer1", "author=editor1&status=DRAFT").get("content");
		first.forEach(row -> assertThat(row.get("owner").asText()).isNotEqualTo("editor1"));
	}

	@Test
	void listPagesThroughTheResultWithoutRepeatingItems() throws Exception {
		for (int i = 0; i < 3; i++) {
			api.createDraft("editor1", cleanDraft(campaign));
		}
		JsonNode first = listAs("editor1", "author=editor1&size=2&page=0");
		JsonNode second = listAs("editor1", "author=editor1&size=2&page=1");

		assertThat(first.get("content")).hasSize(2);
		assertThat(second.get("content")).hasSize(2);
		assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
		assertThat(first.get("page").get("number").asInt()).isZero();
		assertThat(first.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
	}

	@Test
	void unknownStatusFilterIsRejected() throws Exception {
		mvc.perform(get("/api/contents?status=ARCHIVED").with(as("reviewer1")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("status:")));
	}

	@Test
	void badPagingValuesAreRejectedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/contents?page=-1").with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("page:")));
		mvc.perform(get("/api/contents?size=0").with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("size:")));
		mvc.perform(get("/api/contents?size=10000").with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("size:")));
		mvc.perform(get("/api/contents?page=99999999999").with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("page:")));
		mvc.perform(get("/api/contents?size=ten").with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("size:")));
	}

	@Test
	void sqlInjectionLookingFilterValuesAreTreatedAsPlainValues() throws Exception {
		String submitted = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", submitted);

		for (String author : List.of("editor1' OR '1'='1", "editor1\" OR \"1\"=\"1", "x'; DROP TABLE content_item; --", "%", "editor1%")) {
			JsonNode page = listAs("reviewer1", "author=" + URLEncoder.encode(author, StandardCharsets.UTF_8));
			assertThat(page.get("content")).as("rows for author %s", author).isEmpty();
		}
		for (String query : List.of("status=DRAFT' OR 1=1 --", "platform=linkedin' OR '1'='1", "platform=weibo; DROP TABLE content_item")) {
			String[] parts = query.split("=", 2);
			mvc.perform(get(URI.create("/api/contents?" + parts[0] + "=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8))).with(as("reviewer1")))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail", startsWith(parts[0] + ":")));
		}
		assertThat(ids(listAs("reviewer1", "author=editor1&size=200"))).contains(submitted);
	}

	// --- attachments ---

	@Test
	void attachingAPngStoresItsHashAndChangesTheFingerprint() throws Exception {
		JsonNode created = api.createDraft("editor1", cleanDraft(campaign));
		String id = created.get("id").asText();
		byte[] png = image("png");
		BrowserSession browser = BrowserSession.loggedIn(mvc, "editor1");

		mvc.perform(multipart("/api/contents/{id}/attachments", id).file(new MockMultipartFile("file", "chart.png", "image/png", png))
						.with(browser.session()))
				.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/contents/{id}/attachments", id).file(new MockMultipartFile("file", "chart.png", "image/png", png))
						.with(browser.csrf()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.current.attachments", hasSize(1)))
				.andExpect(jsonPath("$.current.attachments[0].sha256").value(sha256(png)))
				.andExpect(jsonPath("$.current.attachments[0].fileName").value("chart.png"))
				.andExpect(jsonPath("$.current.attachments[0].mediaType").value("image/png"))
				.andExpect(jsonPath("$.current.attachments[0].sizeBytes").value(png.length))
				.andExpect(jsonPath("$.current.fingerprint", not(created.get("current").get("fingerprint").asText())));
	}

	@Test
	void attachingAJpegDetectsTheTypeFromTheBytes() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		byte[] jpeg = image("jpg");

		mvc.perform(multipart("/api/contents/{id}/attachments", id)
						.file(new MockMultipartFile("file", "photo.jpg", "application/octet-stream", jpeg)).with(as("editor1")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.current.attachments[0].sha256").value(sha256(jpeg)))
				.andExpect(jsonPath("$.current.attachments[0].mediaType").value("image/jpeg"));
	}

	@Test
	void pathTraversalInTheFileNameIsNeutralised() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();

		for (String name : List.of("../../etc/passwd.png", "..\\..\\windows\\win.png")) {
			attach("editor1", id, name, image("png"))
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.current.attachments[*].fileName", not(hasItem(containsString("..")))))
					.andExpect(jsonPath("$.current.attachments[*].fileName", not(hasItem(containsString("/")))))
					.andExpect(jsonPath("$.current.attachments[*].fileName", not(hasItem(containsString("\\")))));
		}
		JsonNode attachments = api.content("editor1", id).get("current").get("attachments");
		List<String> names = new ArrayList<>();
		attachments.forEach(attachment -> names.add(attachment.get("fileName").asText()));
		assertThat(names).containsExactlyInAnyOrder("passwd.png", "win.png");
	}

	@Test
	void unsupportedAttachmentTypesAreRefused() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();

		attach("editor1", id, "archive.zip", zip())
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("file:")))
				.andExpect(jsonPath("$.detail", containsString("application/zip")));
		attach("editor1", id, "setup.exe", windowsExecutable()).andExpect(status().isUnsupportedMediaType());
		attach("editor1", id, "holiday.png", windowsExecutable()).andExpect(status().isUnsupportedMediaType());
		assertThat(api.content("editor1", id).get("current").get("attachments")).isEmpty();
	}

	@Test
	void emptyAttachmentIsRejected() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();

		attach("editor1", id, "empty.png", new byte[0])
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("file:")));
	}

	@Test
	void attachmentOverTheSizeLimitIsTooLarge() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		byte[] png = image("png");
		System.arraycopy(png, 0, large, 0, png.length);

		attach("editor1", id, "huge.png", large)
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", startsWith("file:")));
		assertThat(api.content("editor1", id).get("current").get("attachments")).isEmpty();
	}

	@Test
	void attachmentsAreForTheOwnerOfAnEditableRevision() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		attach("lead1", id, "chart.png", image("png")).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/contents/{id}/attachments", id).file(new MockMultipartFile("file", "chart.png", "image/png", image("png")))
						.with(BrowserSession.anonymous(mvc).csrf()))
				.andExpect(status().isUnauthorized());

		api.submit("editor1", id);
		attach("editor1", id, "chart.png", image("png")).andExpect(status().isConflict());
		attach("reviewer1", id, "chart.png", image("png")).andExpect(status().isForbidden());
	}

	@Test
	void attachmentRequestWithoutAFilePartIsRejected() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		mvc.perform(multipart("/api/contents/{id}/attachments", id).file(new MockMultipartFile("upload", "chart.png", "image/png", image("png")))
						.with(as("editor1")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("file")));
	}

	// --- withdraw and reschedule ---

	@Test
	void ownerWithdrawsADraftOnceOnly() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		BrowserSession browser = BrowserSession.loggedIn(mvc, "editor1");

		mvc.perform(post("/api/contents/{id}/withdraw", id).with(browser.session())).andExpect(status().isForbidden());
		mvc.perform(post("/api/contents/{id}/withdraw", id).with(browser.csrf()).contentType(MediaType.APPLICATION_JSON)
						.content("{\"reason\":\"campaign cancelled\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();

		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("editor1"))).andExpect(status().isConflict());
		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
				.content(reschedule(Instant.now().plus(3, ChronoUnit.DAYS)))).andExpect(status().isConflict());
		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1"))).andExpect(status().isConflict());
	}

	@Test
	void ownerWithdrawsSubmittedContentWhileItWaitsForReview() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));

		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("editor1")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
	}

	@Test
	void adminWithdrawsSubmittedContentButCannotSeeOrTouchAPrivateDraft() throws Exception {
		String draft = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		String submitted = api.submittedAndScreened("editor1", cleanDraft(campaign));

		mvc.perform(post("/api/contents/{id}/withdraw", draft).with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/reschedule", draft).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(reschedule(Instant.now().plus(3, ChronoUnit.DAYS)))).andExpect(status().isNotFound());
		assertThat(api.content("editor1", draft).get("status").asText()).isEqualTo("DRAFT");

		mvc.perform(post("/api/contents/{id}/withdraw", submitted).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("WITHDRAWN"));
	}

	@Test
	void othersMayNotWithdrawOrRescheduleSomeoneElsesContent() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		api.submit("editor1", id);

		for (String other : List.of("reviewer1", "legal1", "compliance1", "lead1")) {
			mvc.perform(post("/api/contents/{id}/withdraw", id).with(as(other)))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.detail").value("only the owner (editor1) may change this content"));
			mvc.perform(post("/api/contents/{id}/reschedule", id).with(as(other)).contentType(MediaType.APPLICATION_JSON)
							.content(reschedule(Instant.now().plus(3, ChronoUnit.DAYS))))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.detail").value("only the owner (editor1) may change this content"));
		}
		assertThat(api.content("editor1", id).get("status").asText()).isNotEqualTo("WITHDRAWN");
	}

	@Test
	void ownerReschedulesAndTheNewTimeIsStored() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();
		Instant at = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(reschedule(at)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.scheduledAt").value(at.toString()));
		assertThat(Instant.parse(api.content("editor1", id).get("scheduledAt").asText())).isEqualTo(at);
	}

	@Test
	void rescheduleIsValidated() throws Exception {
		String id = api.createDraft("editor1", cleanDraft(campaign)).get("id").asText();

		for (String body : List.of("{}", "{\"scheduledAt\":null}")) {
			mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail", startsWith("scheduledAt:")));
		}
		for (String at : List.of("9999-01-01T00:00:00Z", "1999-12-31T00:00:00Z")) {
			mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
							.content("{\"scheduledAt\":\"" + at + "\"}"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail", startsWith("scheduledAt:")));
		}
		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"scheduledAt\":\"tomorrow\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1"))).andExpect(status().isBadRequest());
		assertThat(api.content("editor1", id).has("scheduledAt")).isFalse();
	}

	@Test
	void withdrawAndRescheduleAreConflictsOncePublished() throws Exception {
		String id = api.submittedAndScreened("editor1", cleanDraft(campaign));
		String task = api.reviewTask("reviewer1", id, campaign);
		api.claim("reviewer1", task);
		api.complete("reviewer1", task, "APPROVE", "Reads well.");
		api.awaitStatus("editor1", id, "PUBLISHED");

		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("editor1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("can no longer be withdrawn")));
		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
						.content(reschedule(Instant.now().plus(3, ChronoUnit.DAYS))))
				.andExpect(status().isConflict());
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("admin"))).andExpect(status().isConflict());
	}

	// --- briefs ---

	@Test
	void briefStartsADraftThatTheOwnerFindsAndThePlannerSees() throws Exception {
		String id = api.read(mvc.perform(post("/api/briefs").with(as("lead1")).contentType(MediaType.APPLICATION_JSON).content(api.json(brief("editor1"))))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.revision").value(0))
				.andExpect(jsonPath("$.owner").value("editor1"))
				.andExpect(jsonPath("$.planner").value("lead1"))
				.andExpect(jsonPath("$.theme").value("Spring launch teaser"))
				.andExpect(jsonPath("$.contentType").value("SHORT_VIDEO"))
				.andReturn()).get("id").asText();

		JsonNode row = rowOf(listAs("editor1", "status=DRAFT&author=editor1&size=200"), id);
		assertThat(row.get("status").asText()).isEqualTo("DRAFT");
		assertThat(row.get("revision").asInt()).isZero();
		assertThat(row.get("title").asText()).isEqualTo("Spring launch teaser");
		api.content("lead1", id);
		assertThat(ids(listAs("lead1", "size=200"))).contains(id);
		mvc.perform(get("/api/contents/{id}", id).with(as("reviewer1"))).andExpect(status().isNotFound());

		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("write the draft first")));
		attach("editor1", id, "chart.png", image("png")).andExpect(status().isConflict());
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.revision").value(1))
				.andExpect(jsonPath("$.contentType").value("SHORT_VIDEO"));
	}

	@Test
	void briefOwnerMustBeAnEditor() throws Exception {
		for (String owner : List.of("reviewer1", "compliance1", "nobody-" + UUID.randomUUID())) {
			mvc.perform(post("/api/briefs").with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(brief(owner))))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.detail", startsWith("owner:")));
		}
	}

	@Test
	void briefIsValidated() throws Exception {
		Map<String, Object> noTheme = brief("editor1");
		noTheme.remove("theme");
		postBrief("editor1", noTheme).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.theme").exists());
		Map<String, Object> noTarget = brief("editor1");
		noTarget.remove("targetPublishAt");
		postBrief("editor1", noTarget).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.targetPublishAt").exists());
		Map<String, Object> unknownType = brief("editor1");
		unknownType.put("contentType", "PODCAST_SERIES");
		postBrief("editor1", unknownType).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", startsWith("contentType:")));
		Map<String, Object> unknownPlatform = brief("editor1");
		unknownPlatform.put("platforms", List.of("friendster"));
		postBrief("editor1", unknownPlatform).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", startsWith("platforms:")));
		Map<String, Object> farAhead = brief("editor1");
		farAhead.put("targetPublishAt", "9999-06-01T00:00:00Z");
		postBrief("editor1", farAhead).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", startsWith("targetPublishAt:")));

		postBrief("reviewer1", brief("editor1")).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("only editors plan the content calendar"));
		mvc.perform(post("/api/briefs").with(BrowserSession.anonymous(mvc).csrf()).contentType(MediaType.APPLICATION_JSON)
						.content(api.json(brief("editor1"))))
				.andExpect(status().isUnauthorized());
		assertThat(idsOfCampaign("editor1")).isEmpty();
	}

	// --- calendar ---

	@Test
	void calendarReturnsTheScheduledItemsInRange() throws Exception {
		Instant from = Instant.now().plus(100, ChronoUnit.DAYS).plusSeconds((long) (Math.random() * 86_400 * 200))
				.truncatedTo(ChronoUnit.SECONDS);
		String inRange = scheduledDraft(from.plus(1, ChronoUnit.HOURS), "linkedin");
		String inRangeOnWeibo = scheduledDraft(from.plus(5, ChronoUnit.HOURS), "weibo");
		String later = scheduledDraft(from.plus(3, ChronoUnit.DAYS), "linkedin");
		String range = "from=" + from + "&to=" + from.plus(1, ChronoUnit.DAYS);

		JsonNode calendar = api.read(mvc.perform(get("/api/calendar?" + range).with(as("editor1"))).andExpect(status().isOk()).andReturn());
		List<String> ids = new ArrayList<>();
		calendar.forEach(row -> ids.add(row.get("id").asText()));
		assertThat(ids).contains(inRange, inRangeOnWeibo).doesNotContain(later);
		assertThat(ids.indexOf(inRange)).isLessThan(ids.indexOf(inRangeOnWeibo));

		JsonNode weibo = api.read(mvc.perform(get("/api/calendar?" + range + "&platform=weibo").with(as("editor1"))).andExpect(status().isOk()).andReturn());
		List<String> weiboIds = new ArrayList<>();
		weibo.forEach(row -> weiboIds.add(row.get("id").asText()));
		assertThat(weiboIds).contains(inRangeOnWeibo).doesNotContain(inRange);

		JsonNode asReviewer = api.read(mvc.perform(get("/api/calendar?" + range).with(as("reviewer1"))).andExpect(status().isOk()).andReturn());
		asReviewer.forEach(row -> assertThat(row.get("id").asText()).isNotIn(inRange, inRangeOnWeibo));
	}

	@Test
	void calendarRangeIsValidated() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		mvc.perform(get("/api/calendar?to=" + now).with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("from")));
		mvc.perform(get("/api/calendar?from=" + now).with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("to")));
		mvc.perform(get("/api/calendar?from=" + now + "&to=" + now.minusSeconds(60)).with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("to:")));
		mvc.perform(get("/api/calendar?from=" + now + "&to=" + now).with(as("editor1"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/calendar?from=" + now + "&to=" + now.plus(401, ChronoUnit.DAYS)).with(as("editor1")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("to:")));
		mvc.perform(get("/api/calendar?from=last-monday&to=" + now).with(as("editor1"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("from:")));
		mvc.perform(get("/api/calendar?from=" + now + "&to=" + now.plus(1, ChronoUnit.DAYS) + "&platform=myspace").with(as("editor1")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("platform:")));
		mvc.perform(get("/api/calendar?from=" + now + "&to=" + now.plus(1, ChronoUnit.DAYS))).andExpect(status().isUnauthorized());
	}

	// --- not found ---

	@Test
	void unknownContentIsNotFound() throws Exception {
		String id = UUID.randomUUID().toString();
		mvc.perform(get("/api/contents/{id}", id).with(as("admin"))).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/contents/{id}", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON).content(api.json(cleanDraft(campaign))))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/submit", id).with(as("editor1"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/withdraw", id).with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/contents/{id}/reschedule", id).with(as("editor1")).contentType(MediaType.APPLICATION_JSON)
				.content(reschedule(Instant.now().plus(1, ChronoUnit.DAYS)))).andExpect(status().isNotFound());
		attach("editor1", id, "chart.png", image("png")).andExpect(status().isNotFound());
	}

	// --- helpers ---

	private ResultActions createDraft(String user, Map<String, Object> draft) throws Exception {
		return mvc.perform(post("/api/contents").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(api.json(draft)));
	}

	private ResultActions postBrief(String user, Map<String, Object> brief) throws Exception {
		return mvc.perform(post("/api/briefs").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(api.json(brief)));
	}

	private ResultActions attach(String user, String id, String fileName, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/api/contents/{id}/attachments", id)
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes)).with(as(user)));
	}

	private Map<String, Object> brief(String owner) {
		Map<String, Object> brief = new LinkedHashMap<>();
		brief.put("theme", "Spring launch teaser");
		brief.put("contentType", "short_video");
		brief.put("platforms", List.of("douyin", "bilibili"));
		brief.put("targetPublishAt", Instant.now().plus(14, ChronoUnit.DAYS).toString());
		brief.put("owner", owner);
		brief.put("campaign", campaign);
		brief.put("notes", "Thirty seconds, product in the first three.");
		return brief;
	}

	private String scheduledDraft(Instant at, String platform) throws Exception {
		Map<String, Object> draft = cleanDraft(campaign);
		draft.put("platforms", List.of(platform));
		draft.put("scheduledAt", at.toString());
		JsonNode created = api.createDraft("editor1", draft);
		assertThat(Instant.parse(created.get("scheduledAt").asText())).isEqualTo(at);
		return created.get("id").asText();
	}

	private static String reschedule(Instant at) {
		return "{\"scheduledAt\":\"" + at + "\"}";
	}

	private JsonNode listAs(String user, String query) throws Exception {
		return api.read(mvc.perform(get(URI.create("/api/contents?" + query)).with(as(user))).andExpect(status().isOk()).andReturn());
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("content").forEach(row -> ids.add(row.get("id").asText()));
		return ids;
	}

	private static JsonNode rowOf(JsonNode page, String id) {
		for (JsonNode row : page.get("content")) {
			if (row.get("id").asText().equals(id)) {
				return row;
			}
		}
		throw new AssertionError("content " + id + " is not in the list");
	}

	/** Ids of this test's content (its campaign) among the user's newest 200 items. */
	private List<String> idsOfCampaign(String user) throws Exception {
		List<String> ids = new ArrayList<>();
		listAs(user, "author=" + user + "&size=200").get("content").forEach(row -> {
			if (campaign.equals(row.path("campaign").asText())) {
				ids.add(row.get("id").asText());
			}
		});
		return ids;
	}

	private long screeningsOf(String contentId) {
		String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(contentId).singleResult().getId();
		return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("service_task_screen").count();
	}

	private int overHttp(String user, String path) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + credentials)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
		return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
	}

	private static byte[] image(String format) throws Exception {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, (int) (Math.random() * 0xFFFFFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] zip() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("nothing to see".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** The start of a PE executable: MZ header whose e_lfanew points at a "PE\0\0" signature. */
	private static byte[] windowsExecutable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
