package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.postgate.content.Platform;
import io.postgate.screening.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTests {

	@TempDir
	Path external;

	@Test
	void packagedRulesLoadWithVersionsAndAHash() {
		RuleSet rules = new RuleSetLoader(null).load();
		assertThat(rules.version()).isNotBlank();
		assertThat(rules.hash()).matches("[0-9a-f]{64}");
		assertThat(rules.packVersions()).extracting(PackVersion::id)
			.contains("absolute-claims-en", "absolute-claims-zh", "health-claims-en", "health-claims-zh",
					"financial-promises-en", "financial-promises-zh", "profanity-en", "profanity-zh",
					"sensitive-topics-en", "sensitive-topics-zh", "disclosure", "typos-zh");
		assertThat(rules.platformIds()).contains("x", "weibo", "wechat", "douyin", "xiaohongshu", "linkedin",
				"instagram", "facebook", "bilibili");
	}

	@Test
	void everyPlatformContentCanTargetHasLimits() {
		assertThat(new RuleSetLoader(null).load().platformIds())
			.containsAll(Arrays.stream(Platform.values()).map(Platform::id).toList());
	}

	@Test
	void loadingTwiceGivesTheSameHash() {
		assertThat(new RuleSetLoader(null).load().hash()).isEqualTo(new RuleSetLoader(null).load().hash());
	}

	@Test
	void externalPackIsAddedAndChangesTheHash() throws IOException {
		Files.createDirectories(external.resolve("packs"));
		Files.writeString(external.resolve("packs/house-words.yaml"), """
				pack: house-words
				version: 3
				languages: [en-US]
				category: ABSOLUTE_CLAIM
				legalReference: House style guide
				rules:
				  - id: house-miracle
				    message: Do not call the tea a miracle.
				    phrases: [miracle tea]
				""");
		RuleSet rules = new RuleSetLoader(external).load();
		assertThat(rules.packVersions()).contains(new PackVersion("house-words", "3"));
		assertThat(rules.hash()).isNotEqualTo(new RuleSetLoader(null).load().hash());
		RuleEngine engine = new RuleEngine(rules);
		assertThat(engine.check(new RuleInput("", "Try our miracle tea", "en-US", null, false)))
			.anyMatch(f -> f.ruleId().equals("house-miracle"));
	}

	@Test
	void externalBrandFileReplacesThePackagedOne() throws IOException {
		Files.writeString(external.resolve("brand.yaml"), """
				version: 9
				brand: Contoso
				glossary:
				  - term: Contoso Coffee
				    wrong: [ContosoCoffee]
				links:
				  allowedDomains: [contoso.example]
				officialContacts:
				  phones: ["+1 206-555-0100"]
				""");
		RuleEngine engine = new RuleEngine(new RuleSetLoader(external).load());
		assertThat(engine.brandTerms()).containsExactly("Contoso Coffee");
		assertThat(engine.officialContactNumbers()).containsExactly("+1 206-555-0100");
	}

	@Test
	void officialWeChatIdsAndQqNumbersAreCompanyDataAndAMalformedOneFailsTheLoad() throws IOException {
		String brand = """
				version: 9
				brand: Contoso
				links:
				  allowedDomains: [contoso.example]
				officialContacts:
				  wechat: [Contoso_Coffee]
				  qq: [%s]
				""";
		Files.writeString(external.resolve("brand.yaml"), brand.formatted("\"12345678\""));
		RuleEngine engine = new RuleEngine(new RuleSetLoader(external).load());
		assertThat(engine.check(new RuleInput("", "微信：contoso_coffee，QQ：12345678", "zh-CN", null, false))).isEmpty();
		assertThat(engine.check(new RuleInput("", "QQ：12345679", "zh-CN", null, false))).extracting(Finding::excerpt)
			.containsExactly("12345679");

		Files.writeString(external.resolve("brand.yaml"), brand.formatted("\"QQ12\""));
		assertThatThrownBy(() -> new RuleSetLoader(external).load()).isInstanceOf(InvalidRuleFileException.class)
			.hasMessageContaining("brand.yaml:7:")
			.hasMessageContaining("'QQ12' is not a QQ number");
	}

	@Test
	void brokenPackNamesFileLineAndProblem() throws IOException {
		Files.createDirectories(external.resolve("packs"));
		Files.writeString(external.resolve("packs/broken.yaml"), """
				pack: broken
				version: 1
				languages: [en-US]
				category: ABSOLUTE_CLAIM
				legalReference: x
				rules:
				  - id: bad-regex
				    message: m
				    patterns:
				      - '(unclosed'
				""");
		assertThatThrownBy(() -> new RuleSetLoader(external).load()).isInstanceOf(InvalidRuleFileException.class)
			.hasMessageContaining("broken.yaml:10:")
			.hasMessageContaining("invalid regular expression");
	}

	@Test
	void unknownKeyIsReportedWithItsLine() {
		assertThatThrownBy(() -> RulePackParser.parse("packs/typo.yaml", """
				pack: typo
				version: 1
				languages: [en-US]
				category: PROFANITY
				legalReference: x
				rules:
				  - id: r
				    message: m
				    phrase: [oops]
				""")).isInstanceOf(InvalidRuleFileException.class)
			.hasMessageStartingWith("packs/typo.yaml:9: unknown key 'phrase'");
	}

	@Test
	void unknownCategoryIsReported() {
		assertThatThrownBy(() -> RulePackParser.parse("packs/c.yaml", """
				pack: c
				version: 1
				languages: [en-US]
				category: SWEARING
				rules:
				  - id: r
				    message: m
				    phrases: [x]
				""")).hasMessageStartingWith("packs/c.yaml:4: unknown category 'SWEARING'");
	}

	@Test
	void exceptionThatCanNeverApplyIsReported() {
		assertThatThrownBy(() -> RulePackParser.parse("packs/e.yaml", """
				pack: e
				version: 1
				languages: [zh-CN]
				category: ABSOLUTE_CLAIM
				legalReference: x
				rules:
				  - id: r
				    message: m
				    phrases: [第一]
				    exceptions: [首选项]
				""")).hasMessageStartingWith("packs/e.yaml:10: exception '首选项'");
	}

	@Test
	void invalidYamlIsReportedWithItsLine() {
		assertThatThrownBy(() -> RulePackParser.parse("packs/y.yaml", "pack: y\nversion: 1\nrules: [a, b\n"))
			.isInstanceOf(InvalidRuleFileException.class)
			.hasMessageContaining("packs/y.yaml:")
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void ruleWithoutMessageIsReported() {
		assertThatThrownBy(() -> RulePackParser.parse("packs/m.yaml", """
				pack: m
				version: 1
				languages: [en-US]
				category: PROFANITY
				legalReference: x
				rules:
				  - id: r
				    phrases: [x]
				""")).hasMessageStartingWith("packs/m.yaml:7: rule 'r' needs a 'message'");
	}

	@Test
	void duplicatePackIdInsideThePackagedRulesIsRejectedButAnExternalPackReplacesIt() throws IOException {
		Files.createDirectories(external.resolve("packs"));
		Files.writeString(external.resolve("packs/profanity.yaml"), """
				pack: profanity-en
				version: 2-house
				languages: [en-US]
				category: PROFANITY
				legalReference: House policy
				rules:
				  - id: house-profanity
				    message: No swearing.
				    phrases: [heck]
				""");
		RuleSet rules = new RuleSetLoader(external).load();
		assertThat(rules.packVersions()).contains(new PackVersion("profanity-en", "2-house"));
		RuleEngine engine = new RuleEngine(rules);
		assertThat(engine.check(new RuleInput("", "what the heck, shit", "en-US", null, false)))
			.extracting(f -> f.excerpt())
			.containsExactly("heck");
	}

	@Test
	void invalidPlatformFileNamesTheProblem() throws IOException {
		Files.writeString(external.resolve("platforms.yaml"), """
				version: 1
				platforms:
				  x:
				    maxChars: -5
				    hashtagPattern: '#\\\\w+'
				""");
		assertThatThrownBy(() -> new RuleSetLoader(external).load())
			.hasMessageContaining("platforms.yaml:4: maxChars must not be negative");
	}

	@Test
	void aPlatformIsNamedInFindingsByItsNameOrElseItsId() throws IOException {
		Files.writeString(external.resolve("platforms.yaml"), """
				version: 1
				platforms:
				  x:
				    name: X (formerly Twitter)
				    maxChars: 5
				    hashtagPattern: '#\\w+'
				  mastodon:
				    maxChars: 5
				    hashtagPattern: '#\\w+'
				""");
		RuleEngine engine = new RuleEngine(new RuleSetLoader(external).load());

		assertThat(engine.check(new RuleInput("", "Green tea today", "en-US", "x", false))).extracting(Finding::message)
			.containsExactly("The text is longer than X (formerly Twitter) allows (5 characters); this part is over the limit.");
		assertThat(engine.check(new RuleInput("", "Green tea today", "en-US", "mastodon", false))).extracting(Finding::message)
			.containsExactly("The text is longer than mastodon allows (5 characters); this part is over the limit.");
	}
}
