package io.postgate.screening.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

class TextExtractorTests {

	private static final ExtractionConfig CONFIG = ExtractionConfig.defaults()
		.withWorkers(1, 256)
		.withMaxTextChars(20_000, false)
		.withMaxEmbeddedDepth(3);

	private static TextExtractor extractor;

	@BeforeAll
	static void startWorkers() {
		extractor = new TextExtractor(CONFIG);
		extractor.warmUp();
	}

	@AfterAll
	static void stopWorkers() {
		extractor.close();
	}

	@Test
	void isReadyOnceWarmedUp() {
		assertThat(extractor.isReady()).isTrue();
	}

	@Test
	void readsDocxTextAndAuthor() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.docx("Spring tea launch on Xiaohongshu", "Alice Editor"),
				"draft.docx");

		assertThat(result.text()).contains("Spring tea launch on Xiaohongshu");
		assertThat(result.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(result.metadata().authors()).containsExactly("Alice Editor");
		assertThat(result.findings()).isEmpty();
		assertThat(result.incomplete()).isFalse();
	}

	@Test
	void readsXlsxCells() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.xlsx("Budget for Weibo campaign"), "plan.xlsx");

		assertThat(result.text()).contains("Budget for Weibo campaign");
		assertThat(result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void readsPptxSlides() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.pptx("Launch keynote for Bilibili"), "deck.pptx");

		assertThat(result.text()).contains("Launch keynote for Bilibili");
		assertThat(result.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
	}

	@Test
	void readsPdfTextTitleAndAuthor() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.pdf("Guaranteed results in seven days", "Bob Legal"),
				"flyer.pdf");

		assertThat(result.text()).contains("Guaranteed results in seven days");
		assertThat(result.mediaType()).isEqualTo("application/pdf");
		assertThat(result.metadata().authors()).containsExactly("Bob Legal");
		assertThat(result.metadata().title()).isEqualTo("Spring campaign");
	}

	@Test
	void readsHtmlTextWithoutMarkupOrScripts() {
		ExtractionResult result = extractor.extract(Fixtures.html("Weekend sale", "Fifty percent off everything"),
				"post.html");

		assertThat(result.text()).contains("Weekend sale").contains("Fifty percent off everything");
		assertThat(result.text()).doesNotContain("<p>").doesNotContain("not text");
		assertThat(result.mediaType()).isEqualTo("text/html");
		assertThat(result.metadata().title()).isEqualTo("Weekend sale");
	}

	@Test
	void readsRtf() {
		ExtractionResult result = extractor.extract(Fixtures.rtf("Hello from a rich text memo"), "memo.rtf");

		assertThat(result.text()).contains("Hello from a rich text memo");
		assertThat(result.mediaType()).isEqualTo("application/rtf");
	}

	@Test
	void readsOdtTextAndCreator() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.odt("Hello from an OpenDocument", "Olga Office"),
				"brief.odt");

		assertThat(result.text()).contains("Hello from an OpenDocument");
		assertThat(result.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
		assertThat(result.metadata().authors()).containsExactly("Olga Office");
	}

	@Test
	void readsUtf8PlainTextAndMarkdownAsIs() {
		String text = "# 新品上市\n\nSpring tea, 限时优惠 🍵\n";
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

		assertThat(extractor.extract(bytes, "post.md").text()).isEqualTo(text);
		assertThat(extractor.extract(bytes, "post.md").mediaType()).isEqualTo("text/x-web-markdown");
		assertThat(extractor.extract(bytes, "post.txt").mediaType()).isEqualTo("text/plain");
	}

	@Test
	void detectsTheCharsetOfNonUtf8Text() {
		String text = "春季新品发布会将于下周在上海举行，欢迎各位媒体朋友参加。我们准备了新茶试饮和限量礼盒。";

		ExtractionResult result = extractor.extract(text.getBytes(Charset.forName("GB18030")), "notice.txt");

		assertThat(result.text()).contains(text);
		assertThat(result.mediaType()).startsWith("text/plain");
	}

	@Test
	void detectsTheTypeFromContentNotFromTheName() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.pdf("Actually a PDF", "Eve"), "harmless.txt");

		assertThat(result.mediaType()).isEqualTo("application/pdf");
		assertThat(result.text()).contains("Actually a PDF");
	}

	@Test
	void reportsGpsInAPhotoAsPrivacyFinding() throws Exception {
		byte[] photo = ExifJpeg.withGps(31.2304, 121.4737, "Pat Photographer", "(c) Northwind Tea");

		ExtractionResult result = extractor.extract(photo, "IMG_0001.jpg");

		assertThat(result.mediaType()).isEqualTo("image/jpeg");
		assertThat(result.metadata().location()).isNotNull();
		assertThat(result.metadata().location().latitude()).isCloseTo(31.2304, within(0.0001));
		assertThat(result.metadata().location().longitude()).isCloseTo(121.4737, within(0.0001));
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.PII);
			assertThat(finding.ruleId()).isEqualTo(ExtractionFindings.GPS_LOCATION);
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
			assertThat(finding.start()).isZero();
			assertThat(finding.end()).isZero();
			assertThat(finding.message()).contains("reveals where it was taken");
		});
	}

	@Test
	void reportsPhotographerAndCopyrightOfAPhoto() throws Exception {
		byte[] photo = ExifJpeg.withGps(48.8584, 2.2945, "Pat Photographer", "(c) Northwind Tea");

		DocumentMetadata metadata = extractor.extract(photo, "IMG_0002.jpg").metadata();

		assertThat(metadata.authors()).contains("Pat Photographer");
		assertThat(metadata.copyright()).isEqualTo("(c) Northwind Tea");
	}

	@Test
	void photoWithoutGpsHasNoFinding() throws Exception {
		ExtractionResult result = extractor.extract(ExifJpeg.plain(), "IMG_0003.jpg");

		assertThat(result.metadata().hasLocation()).isFalse();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void readsAPngAsAnImageWithoutText() throws Exception {
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);

		ExtractionResult result = extractor.extract(png.toByteArray(), "banner.png");

		assertThat(result.mediaType()).isEqualTo("image/png");
		assertThat(result.text()).isBlank();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void reportsGpsInAPhotoEmbeddedInADocument() throws Exception {
		byte[] photo = ExifJpeg.withGps(39.9042, 116.4074, "Pat Photographer", "(c) Northwind Tea");

		ExtractionResult result = extractor.extract(Fixtures.docxWithPicture("Our team outing", photo), "recap.docx");

		assertThat(result.text()).contains("Our team outing");
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly(ExtractionFindings.GPS_LOCATION);
		assertThat(result.findings().get(0).message()).contains("39.9042");
	}

	@Test
	void truncatesTextAtTheLimitAndFlagsItForAPerson() {
		String paragraph = "Every word of this long post must be screened before it goes out. ";
		byte[] html = Fixtures.html("Long read", paragraph.repeat(500));

		ExtractionResult result = extractor.extract(html, "long.html");

		assertThat(result.truncated()).isTrue();
		assertThat(result.text()).hasSize(CONFIG.maxTextChars());
		assertThat(result.incomplete()).isTrue();
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.EXTRACTION);
			assertThat(finding.ruleId()).isEqualTo(ExtractionFindings.TRUNCATED);
			assertThat(finding.start()).isEqualTo(result.text().length());
		});
	}

	@Test
	void truncatesLongPlainTextWithoutSplittingASurrogatePair() {
		String text = "a".repeat(CONFIG.maxTextChars() - 1) + "🍵 and more";

		ExtractionResult result = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "long.txt");

		assertThat(result.truncated()).isTrue();
		assertThat(result.text()).isEqualTo("a".repeat(CONFIG.maxTextChars() - 1));
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly(ExtractionFindings.TRUNCATED);
	}

	@Test
	void refusesLongTextWhenConfiguredTo() {
		try (TextExtractor strict = new TextExtractor(CONFIG.withMaxTextChars(10, true))) {
			assertThatThrownBy(() -> strict.extract("eleven chars".getBytes(StandardCharsets.UTF_8), "a.txt"))
				.isInstanceOfSatisfying(ExtractionException.class, ex -> {
					assertThat(ex.failure()).isEqualTo(ExtractionFailure.TEXT_TOO_LONG);
					assertThat(ex.httpStatus()).isEqualTo(413);
				});
		}
	}

	@Test
	void refusesAnUploadOverTheSizeLimitBeforeParsing() {
		byte[] tooLarge = new byte[(int) CONFIG.maxUploadBytes() + 1];

		assertThatThrownBy(() -> extractor.extract(tooLarge, "big.bin"))
			.isInstanceOfSatisfying(ExtractionException.class, ex -> {
				assertThat(ex.code()).isEqualTo("extraction.upload-too-large");
				assertThat(ex.httpStatus()).isEqualTo(413);
				assertThat(ex.getMessage()).contains("the limit is 20.0 MB");
			});
	}

	@Test
	void refusesAPasswordProtectedPdf() throws Exception {
		assertFailure(Fixtures.encryptedPdf("Secret plan"), "secret.pdf", ExtractionFailure.ENCRYPTED);
	}

	@Test
	void refusesAPasswordProtectedDocx() throws Exception {
		assertFailure(Fixtures.encryptedDocx("Secret plan"), "secret.docx", ExtractionFailure.ENCRYPTED);
	}

	@Test
	void refusesADocxThatInflatesLikeAZipBomb() throws Exception {
		byte[] bomb = Fixtures.zipBombDocx(20);
		assertThat(bomb.length).isLessThan(200_000);

		assertFailure(bomb, "bomb.docx", ExtractionFailure.COMPRESSION_BOMB);
	}

	@Test
	void refusesArchivesNestedDeeperThanTheLimit() throws Exception {
		assertFailure(Fixtures.nestedZip(6, "deep inside"), "nested.zip", ExtractionFailure.EMBEDDED_TOO_DEEP);
	}

	@Test
	void readsArchivesNestedWithinTheLimit() throws Exception {
		ExtractionResult result = extractor.extract(Fixtures.nestedZip(2, "two levels down"), "nested.zip");

		assertThat(result.text()).contains("two levels down");
		assertThat(result.mediaType()).isEqualTo("application/zip");
	}

	@Test
	void refusesAMalformedFileWithAClearError() throws Exception {
		byte[] pdf = Fixtures.pdf("Cut off in the middle", "Eve");
		byte[] broken = java.util.Arrays.copyOf(pdf, 40);

		assertThatThrownBy(() -> extractor.extract(broken, "broken.pdf"))
			.isInstanceOfSatisfying(ExtractionException.class, ex -> {
				assertThat(ex.failure()).isEqualTo(ExtractionFailure.MALFORMED);
				assertThat(ex.httpStatus()).isEqualTo(422);
				assertThat(ex.getMessage()).isEqualTo("The file is damaged or not in the format it claims to be.");
			});
	}

	@Test
	void flagsAnArchiveMemberThatCannotBeRead() throws Exception {
		byte[] zip = Fixtures.zipOf("secret.pdf", Fixtures.encryptedPdf("Secret plan"));

		ExtractionResult result = extractor.extract(zip, "attachments.zip");

		assertThat(result.incomplete()).isTrue();
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo(ExtractionFindings.PART_UNREADABLE);
			assertThat(finding.message()).contains("secret.pdf");
		});
	}

	@Test
	void flagsAFormatThatIsNotScreened() {
		byte[] binary = new byte[4096];
		new java.util.Random(7).nextBytes(binary);

		ExtractionResult result = extractor.extract(binary, "clip.bin");

		assertThat(result.text()).isEmpty();
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly(ExtractionFindings.UNSUPPORTED_TYPE);
	}

	private static void assertFailure(byte[] content, String fileName, ExtractionFailure expected) {
		assertThatThrownBy(() -> extractor.extract(content, fileName))
			.isInstanceOfSatisfying(ExtractionException.class, ex -> {
				assertThat(ex.failure()).isEqualTo(expected);
				assertThat(ex.httpStatus()).isEqualTo(expected.httpStatus());
				assertThat(ex.getMessage()).isNotBlank();
			});
	}
}
