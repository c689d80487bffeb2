package io.postgate.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;

class RuleEngineTests {

	private static RuleEngine engine;

	@BeforeAll
	static void load() {
		engine = new RuleEngine(new RuleSetLoader(null).load());
	}

	private static List<Finding> en(String body) {
		return engine.check(new RuleInput("", body, "en-US", null, false));
	}

	private static List<Finding> zh(String body) {
		return engine.check(new RuleInput("", body, "zh-CN", null, false));
	}

	private static List<String> excerpts(List<Finding> findings, FindingCategory category) {
		return findings.stream().filter(f -> f.category() == category).map(Finding::excerpt).toList();
	}

	@ParameterizedTest(name = "{0} is an absolute claim")
	@CsvSource(delimiter = '|', value = { "销量第一|第一", "全网最好的茶|最好", "最佳口感|最佳", "国家级茶园|国家级",
			"品质顶级|顶级", "万能好茶|万能", "排名第一的品牌|排名第一" })
	void chineseAbsoluteClaimsAreFound(String text, String excerpt) {
		assertThat(excerpts(zh(text), FindingCategory.ABSOLUTE_CLAIM)).anyMatch(e -> e.contains(excerpt));
	}

	@ParameterizedTest(name = "{0} is not an absolute claim")
	@CsvSource({ "第一次喝这款茶", "第一步：温杯", "第一天开业", "最近很忙", "最后一步", "最新消息：门店开业", "今天最高兴的事",
			"你最好提前预约", "第一泡只要十秒" })
	void chineseWordsThatOnlyLookLikeClaimsAreNot(String text) {
		assertThat(excerpts(zh(text), FindingCategory.ABSOLUTE_CLAIM)).isEmpty();
	}

	@ParameterizedTest(name = "{0} is no ranking claim")
	@CsvSource({ "Visit us at No. 1 Harbor Street.", "Meet us at Gate No. 1 at noon.", "Store #1 opens at nine." })
	void numberedPlacesAreNotRankingClaims(String text) {
		assertThat(excerpts(en(text), FindingCategory.ABSOLUTE_CLAIM)).isEmpty();
	}

	@Test
	void aPhraseAndAPatternOfOneRuleOnTheSameClaimGiveOneFindingOverBoth() {
		assertThat(excerpts(en("Try the best tea in the world this spring."), FindingCategory.ABSOLUTE_CLAIM))
			.containsExactly("the best tea in the world");
	}

	@Test
	void aRankingNextToAnAddressIsStillAClaim() {
		assertThat(excerpts(en("The No. 1 tea brand, at No. 1 Harbor Street."), FindingCategory.ABSOLUTE_CLAIM))
			.containsExactly("No. 1");
	}

	@Test
	void brewingAdviceIsNotAClaimButBestToUseIs() {
		assertThat(excerpts(zh("最好用软水冲泡，口感更清甜。"), FindingCategory.ABSOLUTE_CLAIM)).isEmpty();
		assertThat(excerpts(zh("这是我用过最好用的盖碗。"), FindingCategory.ABSOLUTE_CLAIM)).containsExactly("最好用");
	}

	@Test
	void firstStepIsNotAnAbsoluteClaimButFirstInSalesIs() {
		assertThat(excerpts(zh("第一步：温杯。本店销量第一。"), FindingCategory.ABSOLUTE_CLAIM)).containsExactly("销量第一");
	}

	@Test
	void englishClaimsMatchOnWordBoundariesOnly() {
		assertThat(excerpts(en("The #1 tea app, guaranteed."), FindingCategory.ABSOLUTE_CLAIM))
			.containsExactly("#1", "guaranteed");
		assertThat(excerpts(en("Order #10 and #12 shipped. Unguaranteedly fine."), FindingCategory.ABSOLUTE_CLAIM))
			.isEmpty();
	}

	@Test
	void superlativeSpreadOverAPhraseIsFoundByPattern() {
		assertThat(excerpts(en("It is the best jasmine tea in the world."), FindingCategory.ABSOLUTE_CLAIM))
			.containsExactly("the best jasmine tea in the world");
	}

	@Test
	void aPaybackPromiseIsFoundFromItsTimeSpanAfterANumberAndAFollowUpCallIsNot() {
		assertThat(excerpts(zh("加盟门店2024年开业，18个月就能回本。"), FindingCategory.FINANCIAL_PROMISE)).containsExactly("个月就能回本");
		assertThat(excerpts(zh("订单20240618个月度回访，十二个月回本是老板的目标吗？"), FindingCategory.FINANCIAL_PROMISE))
			.containsExactly("个月回本");
		assertThat(excerpts(zh("半年翻倍，一个星期回本。"), FindingCategory.FINANCIAL_PROMISE)).containsExactly("年翻倍", "个星期回本");
		assertThat(excerpts(zh("今年翻倍的是我们的门店数量。"), FindingCategory.FINANCIAL_PROMISE)).isEmpty();
		assertThat(excerpts(zh("第12个月我们会回访，一年四季都有新茶。"), FindingCategory.FINANCIAL_PROMISE)).isEmpty();
	}

	@Test
	void healthClaimsAreFoundInBothLanguages() {
		assertThat(excerpts(en("It cures insomnia and boosts immunity."), FindingCategory.HEALTH_CLAIM))
			.containsExactly("cures insomnia", "boosts immunity");
		assertThat(excerpts(zh("能治愈失眠，还能降血压，无副作用。"), FindingCategory.HEALTH_CLAIM))
			.containsExactly("治愈", "降血压", "无副作用");
	}

	@Test
	void moodWordsAndTreatsAreNotHealthClaims() {
		assertThat(excerpts(zh("很治愈的一个下午，治愈系画面。"), FindingCategory.HEALTH_CLAIM)).isEmpty();
		assertThat(excerpts(en("Sweet treats and a digital detox this weekend."), FindingCategory.HEALTH_CLAIM)).isEmpty();
	}

	@Test
	void financialPromisesAreFoundAndAGuaranteeInsideThemIsNotAlsoAnAbsoluteClaim() {
		List<Finding> findings = en("Guaranteed returns of 12% annual return with zero risk.");
		assertThat(excerpts(findings, FindingCategory.FINANCIAL_PROMISE)).contains("Guaranteed returns", "zero risk");
		assertThat(excerpts(findings, FindingCategory.ABSOLUTE_CLAIM)).isEmpty();
		assertThat(excerpts(zh("保本保息，稳赚不赔，零风险。"), FindingCategory.FINANCIAL_PROMISE))
			.containsExactly("保本保息", "稳赚不赔", "零风险");
		assertThat(excerpts(en("Start your risk-free trial today."), FindingCategory.FINANCIAL_PROMISE)).isEmpty();
	}

	@Test
	void profanityPrefersTheLongestMatchAndRespectsWordBoundaries() {
		assertThat(excerpts(zh("他妈的，脑残差评。"), FindingCategory.PROFANITY)).containsExactly("他妈的", "脑残");
		assertThat(excerpts(zh("妈妈的茶，傻瓜式操作。"), FindingCategory.PROFANITY)).isEmpty();
		assertThat(excerpts(en("Shitty tea for idiots."), FindingCategory.PROFANITY)).containsExactly("Shitty", "idiots");
		assertThat(excerpts(en("Scunthorpe's classic assessment."), FindingCategory.PROFANITY)).isEmpty();
	}

	@Test
	void sensitiveTopicsAreFound() {
		assertThat(excerpts(en("Buy in for $50 and the winner takes the whole pot."), FindingCategory.SENSITIVE_TOPIC))
			.contains("Buy in for", "winner takes the whole pot");
		assertThat(excerpts(zh("下注猜比分，按赔率赢取现金。"), FindingCategory.SENSITIVE_TOPIC)).contains("下注", "赔率");
		assertThat(excerpts(en("A bath bomb and a glue gun for the craft table."), FindingCategory.SENSITIVE_TOPIC)).isEmpty();
	}

	@Test
	void chineseTyposAreSpellingWithTheCorrectFormAsSuggestion() {
		List<Finding> findings = zh("迫不急待，在次感谢，既使下雨。");
		assertThat(excerpts(findings, FindingCategory.SPELLING)).containsExactly("迫不急待", "在次", "既使");
		assertThat(findings.get(0).suggestions()).containsExactly("迫不及待");
		assertThat(excerpts(zh("存在次要问题，在次日发货。"), FindingCategory.SPELLING)).isEmpty();
	}

	@Test
	void packsOnlyApplyToTheirLanguage() {
		assertThat(engine.check(new RuleInput("", "销量第一", "en-US", null, false))).isEmpty();
		assertThat(engine.check(new RuleInput("", "the best tea ever made", "zh-CN", null, false))).isEmpty();
	}

	@Test
	void offsetsPointIntoTitleNewlineBody() {
		RuleInput input = new RuleInput("全网最好", "销量第一", "zh-CN", null, false);
		for (Finding f : engine.check(input)) {
			assertThat(input.screenedText().substring(f.start(), f.end())).isEqualTo(f.excerpt());
		}
		assertThat(engine.check(input)).extracting(Finding::excerpt).containsExactly("全网最好", "销量第一");
	}

	@Test
	void privateContactDataIsPii() {
		List<Finding> findings = zh("手机137 0000 1234，身份证号110101199003071233，卡号4111 1111 1111 1111，邮箱a.b@example.com");
		assertThat(excerpts(findings, FindingCategory.PII)).containsExactly("137 0000 1234", "110101199003071233",
				"4111 1111 1111 1111", "a.b@example.com");
	}

	@Test
	void officialNumbersHotlinesOrderNumbersPricesAndDatesAreNotPii() {
		assertThat(excerpts(en("Call +1 425-555-0142 or (425) 555-0142 or 1-800-555-0199."), FindingCategory.PII)).isEmpty();
		assertThat(excerpts(zh("客服热线400-820-1234，订单号13800138000，价格¥1,299.00，2025-06-01 10:00。"),
				FindingCategory.PII)).isEmpty();
		assertThat(excerpts(en("Order 4111111111111111 shipped on 2025-06-01."), FindingCategory.PII)).isEmpty();
	}

	@ParameterizedTest(name = "{0} names a private WeChat id or QQ number")
	@CsvSource(delimiter = '|', value = { "微信：lumen_tea_88|lumen_tea_88", "中奖的加我微信 abc_123456 领奖|abc_123456",
			"vx：Amy_beauty66 备注小红书|Amy_beauty66", "私信太多，加V：tea_lover2024|tea_lover2024", "微信号是chenfitness|chenfitness",
			"拼单加我威信 milk_tea_777|milk_tea_777", "QQ：123456789|123456789", "有事扣扣 1846372910|1846372910",
			"Add my QQ 2847561930 for the notes.|2847561930", "Reach Priya on WeChat: priya_hr2024 today.|priya_hr2024",
			"WeChat ID annaliu|annaliu" })
	void privateWeChatIdsAndQqNumbersArePii(String text, String id) {
		assertThat(excerpts(zh(text), FindingCategory.PII)).containsExactly(id);
	}

	@ParameterizedTest(name = "{0} names no private messenger account")
	@CsvSource(delimiter = '|', value = { "添加官方客服微信：NorthwindTea_CN", "官方QQ：800018888", "支持微信支付和支付宝",
			"Pay with WeChat Pay or cash.", "关注微信公众号：Lumen茶", "Follow our WeChat Official Account.", "微信搜索小程序下单",
			"Find us on WeChat: search Northwind and tap Follow.", "订单号 123456789 已发货", "配乐来自QQ音乐，会员12个月", "QQ群：123456789", "2025年11月26日，价格¥129.00",
			"QQ会员 ¥15/月，连续包月12个月" })
	void officialAccountsPaymentsOrderNumbersAndDatesAreNotMessengerPii(String text) {
		assertThat(excerpts(zh(text), FindingCategory.PII)).isEmpty();
	}

	@Test
	void aRoleMailboxIsAnOrganisationsAddressButAPersonalOneIsPii() {
		assertThat(excerpts(en("Write to press@northwindtea.example or support@example.com."), FindingCategory.PII)).isEmpty();
		assertThat(excerpts(en("Write to jenna.moss@example.com."), FindingCategory.PII)).containsExactly("jenna.moss@example.com");
	}

	@Test
	void aUkMobileWithoutItsCountryCodeIsPii() {
		assertThat(excerpts(en("Call Sam on 07700 900456 or 07700900457."), FindingCategory.PII)).containsExactly("07700 900456", "07700900457");
	}

	@Test
	void orderNumbersAndPricesThatStartLikeAUkMobileAreNotPii() {
		assertThat(excerpts(en("Order 07700900456 shipped; the tin costs 0.77 and 07700 is our branch code."), FindingCategory.PII)).isEmpty();
	}

	@Test
	void aHomeAddressDownToTheFlatIsPii() {
		assertThat(excerpts(zh("寄到幸福路8号楼3单元502室，或者3栋 2单元1201。"), FindingCategory.PII))
			.containsExactly("8号楼3单元502室", "3栋 2单元1201");
	}

	@Test
	void shopAddressesAndTextbookUnitsAreNotPii() {
		assertThat(excerpts(zh("新门店地址：文三路100号，创业大厦5号楼301室。今天学第3单元，共12课。"), FindingCategory.PII)).isEmpty();
	}

	@Test
	void numbersThatFailTheirChecksumAreNotPii() {
		assertThat(excerpts(zh("编码110101199003071234和卡面4111 1111 1111 1112"), FindingCategory.PII)).isEmpty();
	}

	@Test
	void anotherNumberInTheOfficialFormatIsPii() {
		assertThat(excerpts(en("Reach Emily on 425-555-0187."), FindingCategory.PII)).containsExactly("425-555-0187");
	}

	@Test
	void linksOutsideTheAllowedDomainsInsecureOrShortenedAreReported() {
		List<Finding> findings = en("See http://northwindtea.example/a, https://shop.northwindtea.example/b, "
				+ "https://northwindtea-sale.example/c and https://bit.ly/x.");
		assertThat(findings).filteredOn(f -> f.category() == FindingCategory.LINK)
			.extracting(Finding::ruleId, Finding::excerpt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("link-insecure", "http://northwindtea.example/a"),
					org.assertj.core.groups.Tuple.tuple("link-domain", "https://northwindtea-sale.example/c"),
					org.assertj.core.groups.Tuple.tuple("link-shortener", "https://bit.ly/x"));
	}

	@Test
	void brandVariantsAreCaseSensitiveWholeWordsWithTheCorrectFormAsSuggestion() {
		List<Finding> findings = en("North Wind Tea ships Northwind Jasmine Pearls via NorthWindGo.");
		assertThat(findings).filteredOn(f -> f.category() == FindingCategory.BRAND_TERM)
			.extracting(Finding::excerpt, f -> f.suggestions().get(0))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("North Wind Tea", "Northwind Tea"),
					org.assertj.core.groups.Tuple.tuple("Northwind Jasmine Pearls", "Northwind Jasmine Pearl"),
					org.assertj.core.groups.Tuple.tuple("NorthWindGo", "NorthwindGo"));
		assertThat(excerpts(zh("在NorthwindGo里下单 #northwindgo https://northwindtea.example/northwindgo"),
				FindingCategory.BRAND_TERM)).isEmpty();
	}

	@Test
	void sponsoredPostNeedsAConspicuousDisclosure() {
		assertThat(sponsored("Paid partnership with Northwind Tea #ad\nGreat tea.")).isEmpty();
		assertThat(sponsored("【广告】好茶。")).isEmpty();
		assertThat(sponsored("Great tea.\n#tea #jasmine #ad")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
		assertThat(sponsored("Not sponsored, I just love it.")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
		assertThat(sponsored("So #adorable!")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
		assertThat(sponsored("不是广告，真心推荐。")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
		assertThat(sponsored("a".repeat(250) + " #ad")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
	}

	@Test
	void missingDisclosureIsReportedAtOffsetZeroWithNoLength() {
		Finding finding = engine.check(new RuleInput("Title", "Nice tea", "en-US", null, true)).get(0);
		assertThat(finding.start()).isZero();
		assertThat(finding.end()).isZero();
	}

	@Test
	void disclosureInTheTitleCounts() {
		assertThat(engine.check(new RuleInput("#ad My morning", "Nice tea", "en-US", null, true))).isEmpty();
	}

	private static List<FindingCategory> sponsored(String body) {
		return engine.check(new RuleInput("Post", body, "en-US", null, true)).stream().map(Finding::category).toList();
	}

	@Test
	void xCountsUrlsAs23AndCjkAsTwo() {
		String body = "好".repeat(128) + " https://northwindtea.example/" + "a".repeat(100);
		assertThat(engine.check(new RuleInput("", body, "zh-CN", "x", false))).isEmpty();
		List<Finding> over = engine.check(new RuleInput("", "好".repeat(141), "zh-CN", "x", false));
		assertThat(over).extracting(Finding::ruleId).containsExactly("platform-max-chars");
		assertThat(over.get(0).start()).isEqualTo(1 + 140);
		assertThat(over.get(0).message()).startsWith("The text is longer than X allows (280 weighted characters)");
	}

	@Test
	void hashtagsOverTheLimitStartAtTheFirstOneTooMany() {
		String body = "Tea #1 time #a #b #c #d";
		assertThat(excerpts(engine.check(new RuleInput("", body, "en-US", "x", false)), FindingCategory.PLATFORM_LIMIT))
			.containsExactly("#d");
	}

	@Test
	void titleOverTheLimitIsReportedOnTheWholeTitle() {
		String title = "标".repeat(21);
		Finding finding = engine.check(new RuleInput(title, "正文", "zh-CN", "xiaohongshu", false)).get(0);
		assertThat(finding.message()).isEqualTo("The title has 21 characters; Xiaohongshu allows 20.");
		assertThat(finding.start()).isZero();
		assertThat(finding.end()).isEqualTo(21);
	}

	@Test
	void tooManyMentionsAreReported() {
		String body = "Thanks " + "@a1 @b2 @c3 @d4 @e5 @f6 @g7 @h8 @i9 @j10 @k11" + " and mail x@example.com";
		assertThat(engine.check(new RuleInput("", body, "en-US", "x", false))).extracting(Finding::ruleId)
			.containsOnlyOnce("platform-max-mentions");
	}

	@Test
	void noPlatformMeansNoLimitsAndAnUnknownPlatformIsRejected() {
		assertThat(engine.check(new RuleInput("", "a".repeat(70_000), "en-US", null, false))).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> engine.check(new RuleInput("", "x", "en-US", "myspace", false)));
	}

	@Test
	void exposesBrandTermsOfficialNumbersPlatformsAndVersions() {
		assertThat(engine.brandTerms()).containsExactly("Northwind Tea", "Northwind Jasmine Pearl", "NorthwindGo");
		assertThat(engine.officialContactNumbers()).containsExactly("+1 425-555-0142");
		assertThat(engine.platformIds()).contains("weibo", "x");
		assertThat(engine.hash()).hasSize(64);
		assertThat(engine.packVersions()).isNotEmpty();
	}

	@Test
	void reCheckingAfterOneParagraphChangedMatchesAFreshEngine() {
		String[] paragraphs = { "Paid partnership with Northwind Tea #ad. The best tea in the world, guaranteed.",
				"Call Jane on 138 0013 8000 or see http://northwindtea.example/a and https://bit.ly/x. #tea #jasmine",
				"全网最好的茶，治愈失眠。", "North Wind Tea ships to @alice and @bob.", "Steep for three minutes." };
		String text = String.join("\n\n", paragraphs);
		RuleInput original = new RuleInput("Launch", text, "en-US", "instagram", true);
		List<Finding> before = engine.check(original);
		paragraphs[3] = "Our tea lowers blood pressure. " + paragraphs[3];
		RuleInput edited = new RuleInput("Launch", String.join("\n\n", paragraphs), "en-US", "instagram", true);

		List<Finding> incremental = engine.check(edited);

		assertThat(incremental).isEqualTo(new RuleEngine(new RuleSetLoader(null).load(), 0).check(edited));
		assertThat(incremental).hasSize(before.size() + 1);
		assertThat(excerpts(incremental, FindingCategory.HEALTH_CLAIM)).contains("lowers blood pressure");
		String screened = edited.screenedText();
		incremental.forEach(f -> assertThat(screened.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
	}

	@Test
	void theSameParagraphIsCheckedForTheLanguageOfEachText() {
		assertThat(excerpts(en("The best tea."), FindingCategory.ABSOLUTE_CLAIM)).containsExactly("The best tea");
		assertThat(excerpts(zh("The best tea."), FindingCategory.ABSOLUTE_CLAIM)).isEmpty();
	}

	@Test
	void phrasesMatchAcrossLineBreaksButNotAcrossBlankLines() {
		assertThat(excerpts(en("It lowers\nblood pressure."), FindingCategory.HEALTH_CLAIM)).containsExactly("lowers\nblood pressure");
		assertThat(excerpts(en("It lowers\n\nblood pressure."), FindingCategory.HEALTH_CLAIM)).isEmpty();
	}

	@Test
	void aDisclosureInALaterParagraphCountsWhileItIsNearTheStart() {
		assertThat(sponsored("Morning tea.\n\n#ad with Northwind Tea")).isEmpty();
		assertThat(sponsored("Morning tea.\n\n" + "Steep it well. ".repeat(20) + "\n\n#ad")).containsExactly(FindingCategory.MISSING_DISCLOSURE);
	}

	@Test
	void personalNumbersAreFoundAnywhereInALongTextAndShortNumbersNeverAre() {
		String filler = "Steep 3 minutes at 85 degrees, 2 g per 100 ml. ".repeat(30);
		String text = "13800138000 " + filler + "Call +44 20 7946 0958 or ＋８６ １３８ ００１３ ８０００. " + filler + "card 4111 1111 1111 1111";

		assertThat(excerpts(en(text), FindingCategory.PII)).containsExactly("13800138000", "+44 20 7946 0958", "＋８６ １３８ ００１３ ８０００",
				"4111 1111 1111 1111");
		assertThat(excerpts(en(filler + "Order 1234-5678 ships on 2026-11-25."), FindingCategory.PII)).isEmpty();
	}

	@Test
	void personalDataWrittenToSlipPastFiltersIsStillFound() {
		assertThat(excerpts(zh("请联系 138.0013.8000 或身份证 110101 19900307 1233 的本人"), FindingCategory.PII))
			.containsExactly("138.0013.8000", "110101 19900307 1233");
		assertThat(excerpts(en("Write to maria (at) example (dot) com or maria[at]example.com."), FindingCategory.PII))
			.containsExactly("maria (at) example (dot) com", "maria[at]example.com");
		assertThat(excerpts(en("Version 1.3800.1380 is out at 12.50 a cup."), FindingCategory.PII)).isEmpty();
	}

	@Test
	void theUserPartOfALinkIsNotAnEmailAddressButTheLinkIsStillReported() {
		List<Finding> findings = en("Deals at https://northwindtea.example@promo-deals.example/spring today.");

		assertThat(excerpts(findings, FindingCategory.PII)).isEmpty();
		assertThat(findings).filteredOn(f -> f.category() == FindingCategory.LINK).extracting(Finding::ruleId).containsExactly("link-domain");
	}

	@Test
	void emojiBetweenCharactersAndAHyphenAtALineEndDoNotHideAClaim() {
		assertThat(excerpts(zh("这款茶最🔥好喝"), FindingCategory.ABSOLUTE_CLAIM)).containsExactly("最🔥好喝");
		assertThat(excerpts(en("A risk-\nfree investment for everyone."), FindingCategory.FINANCIAL_PROMISE)).containsExactly("risk-\nfree investment");
	}

	@Test
	void aLinkWithoutSchemeOrWwwIsStillALink() {
		List<Finding> findings = engine.check(new RuleInput("", "Sale at northwind-deals.example/sale and northwindtea.example/go, see e.g. Node.js 24/7.",
				"en-US", "instagram", false));

		assertThat(findings).filteredOn(f -> f.category() == FindingCategory.LINK).extracting(Finding::excerpt)
			.containsExactly("northwind-deals.example/sale");
		assertThat(findings).filteredOn(f -> f.category() == FindingCategory.PLATFORM_LIMIT).extracting(Finding::excerpt)
			.containsExactly("northwind-deals.example/sale", "northwindtea.example/go");
	}
}
