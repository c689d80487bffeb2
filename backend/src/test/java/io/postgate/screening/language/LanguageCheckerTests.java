package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCheckerTests {

	private static LanguageChecker checker;

	@BeforeAll
	static void warmUp() {
		checker = TestCheckers.shared();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"New drop 🍵✨ Our Northwind Jasmine Pearl is back in stock! Grab yours today 👉 https://northwindtea.example/shop #tea #TeaTime #NorthwindTea",
			"#MondayMotivation starts with a cup of tea. Thanks @northwindtea and @maya_brews for the collab! 💚",
			"Shout-out to @brewlab_pdx for this gorgeous latte art! 😍",
			"Questions? Email hello@northwindtea.example or DM us. We reply within 24h.",
			"\"Best cup I've had all week\" – that's what @jake said. Limited edition, while supplies last!!!",
			"Tea o'clock ☕️ . Who's joining us this weekend ?",
			"We're SO excited to share this... stay tuned 👀 #comingsoon",
			"Use code SPRING20 at checkout. Free shipping on orders over $35. T&Cs apply.",
			"our new matcha latte is here. try it at any of our 12 stores",
			"Sip. Savor. Repeat. 🌿",
			"Find us on Insta, TikTok and YouTube — link in bio.",
			"Loved by 10k+ tea lovers. 4.9★ on the App Store.",
			"Meet our new matcha, oolong and sencha blends — perfect for your afternoon pick-me-up.",
			"Our chai latte and rooibos tisane are back for fall. Pu-erh fans, we didn't forget you!",
			"Tag a friend who needs a tea break 👇 #TeaBreak #SelfCare",
			"Limited-time offer: buy 2, get 1 free. Ends Sunday at midnight PT.",
			"New in the NorthwindGo app: gift cards, order tracking and Apple Pay.",
			"Our team is growing! We're hiring baristas in Seattle and Portland. Apply at the link in bio.",
			"Unboxing our holiday gift set 🎁 Swipe to see what's inside ➡️",
			"Free tasting this Saturday, 10am–2pm. No RSVP needed.",
			"Hot take: tea > coffee. Change our mind. 😉",
			"5 ways to brew the perfect cup (thread) 🧵",
			"Happy National Tea Day! 🫖 What's in your cup today?",
			"Have a question about your order? Our support team is available 24/7 via chat.",
			"Pre-orders open today at 9 a.m. ET. Don't miss out!",
			"ICYMI: our summer menu just dropped. Which one are you trying first?",
			"Behind the scenes at our tasting room: cupping, note-taking and a lot of slurping.",
			"It's giveaway time! Like, follow and comment to enter. Winners announced Friday.",
			"Order at northwindtea.example/go or scan the QR code in store 📱 #NorthwindGo @NorthwindTea",
			"🇺🇸 Now shipping to all 50 states! 🎉🎉🎉 👩🏽‍🍳 Our chefs approve.",
			"Northwind Tea x Harbor Street Bakery: the NorthwindGo exclusive you asked for.\n\n#collab #tea"
	})
	void leavesCleanEnglishMarketingCopyAlone(String text) {
		assertThat(checker.check(text, "en-US", TestCheckers.BRAND_TERMS)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"新品上市🎉 Northwind Jasmine Pearl 茉莉龙珠回归啦！点击链接 https://northwindtea.example/shop 立即抢购～ #茉莉花茶# @北风茶官方",
			"周末和闺蜜一起去了新开的茶室，环境超级好，拍照很出片📸！强烈推荐大家去打卡～",
			"有问题请发邮件至 service@northwindtea.example，我们会在24小时内回复。",
			"七夕限定礼盒已上线！！！数量有限，先到先得～～",
			"活动时间：6月1日-6月18日；参与方式：关注+转发+评论。",
			"门店门口排起了长队。",
			"三家门店同时开业，每家门店都准备了试饮。",
			"会员日来啦！全场饮品第二杯半价，NorthwindGo会员再享9折优惠。",
			"今年春茶采自福建的高山茶园，每一粒茶球都经过七次窨制，花香浓郁而不刺鼻。",
			"直播预告：本周五晚8点，茶艺师小林将在抖音直播间为大家演示冷泡茶的做法，还有福袋抽奖哦～",
			"双十一预售开启：前1000名下单的朋友赠送定制茶杯一只，数量有限，售完即止。",
			"如果收到的商品有破损，请在签收后七天内联系客服，我们会为您免费补寄。",
			"热门款已经补货，欢迎选购。从地铁站步行五分钟即可到达。",
			"本期抽奖送出五份茶礼盒，评论区留言即可参与，5月20日开奖。",
			"我们和本地烘焙品牌联名推出了三款茶点，每款限量两百份。"
	})
	void leavesCleanChineseMarketingCopyAlone(String text) {
		assertThat(checker.check(text, "zh-CN", TestCheckers.BRAND_TERMS)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"We have recieved your order and will ship it tommorow.                 | SPELLING | recieved",
			"We have recieved your order and will ship it tommorow.                 | SPELLING | tommorow",
			"Our new blend is absolutly wonderful. #tea                             | SPELLING | absolutly",
			"Thanks @maya for the beautifull photo 📸                                | SPELLING | beautifull",
			"The teas is ready and they was delicious.                              | GRAMMAR  | was",
			"He dont like coffee, but he love our tea.                              | GRAMMAR  | love",
			"A amazing tea for a relaxing evening. 🌙                                | GRAMMAR  | A",
			"This is a tasty brew and it taste great. https://northwindtea.example | GRAMMAR  | taste",
			"Our new blend are available now. #tea                                  | GRAMMAR  | are",
			"The pearls unfurls slowly in hot water 🌼                               | GRAMMAR  | unfurls",
			"She drink jasmine tea every morning, says @maya.                       | GRAMMAR  | drink",
			"Our baristas was trained in Kyoto.                                     | GRAMMAR  | was",
			"这次活动大获成功，我们一股作气推出了第二季。                              | SPELLING | 股",
			"我们将按步就班地推进门店装修。                                          | SPELLING | 按步就班",
			"消息不径而走，门店外面排起了长队。                                      | SPELLING | 不径而走",
			"节假日门店人流穿流不息。                                                | SPELLING | 穿流不息",
			"既使下雨，我们也照常营业。                                              | SPELLING | 既",
			"本店的会员已经超过一千人以上。                                          | GRAMMAR  | 超过一千人以上",
			"或许这杯茶可能并不适合所有人。                                          | GRAMMAR  | 或许这杯茶可能"
	})
	void findsRealMistakesAtTheirExactOffsets(String text, FindingCategory category, String excerpt) {
		String language = text.codePoints().anyMatch(Character::isIdeographic) ? "zh-CN" : "en-US";
		List<Finding> findings = checker.check(text, language, TestCheckers.BRAND_TERMS);

		assertThat(findings).extracting(Finding::category, Finding::excerpt).contains(tuple(category, excerpt));
		Finding finding = findings.stream().filter(f -> f.excerpt().equals(excerpt)).findFirst().orElseThrow();
		assertThat(finding.start()).isEqualTo(text.indexOf(excerpt));
		assertThat(finding.end()).isEqualTo(text.indexOf(excerpt) + excerpt.length());
		assertThat(finding.severity()).isEqualTo(Severity.INFO);
		assertThat(finding.ruleId()).isNotBlank();
		assertThat(finding.message()).isNotBlank().doesNotContain("<suggestion>");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<p>Our <b>best</b> tea is <i>back</i> in stock.</p><br/>Shop now &amp; save.",
			"Our new tea is back in sto\u200bck, and it is gua\u00adranteed fresh.",
			"Ｔｈｅ　ｎｅｗ　ｔｅａ　ｉｓ　ｂａｃｋ， and it tastes wonderful.",
			"Happy World Tea Day! Learn to cup tea like a professional taster.",
			"Mix the juice of two lemons and 2 tbsp of honey.",
			"Our shop is closed on Monday, June 16 for a staff training day.",
			"Meet the B⭐E⭐S⭐T cold brew of the summer."
	})
	void readsMarkupInvisibleCharactersFullWidthLettersAndKitchenUnitsAsPlainProse(String text) {
		assertThat(checker.check(text, "en-US", TestCheckers.BRAND_TERMS)).isEmpty();
	}

	@Test
	void mapsFindingsInProseWithMarkupAndInvisibleCharactersBackToTheOriginalText() {
		String text = "<p>We have <b>re\u200bcieved</b> your order.</p>";

		List<Finding> findings = checker.check(text, "en-US", Set.of());

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.category()).isEqualTo(FindingCategory.SPELLING);
			assertThat(finding.excerpt()).isEqualTo("re\u200bcieved");
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.excerpt());
		});
	}

	@Test
	void stillFindsAgreementErrorsOnOtherNouns() {
		assertThat(checker.check("We bought 5 new teapot and 2 tbsp of honey.", "en-US", Set.of()))
			.extracting(Finding::ruleId, Finding::excerpt).containsExactly(tuple("CD_NN", "teapot"));
	}

	@Test
	void offersLanguageToolsReplacementsAsSuggestions() {
		List<Finding> findings = checker.check("Their customers say the pairing is delicous.", "en-US", Set.of());

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("MORFOLOGIK_RULE_EN_US");
			assertThat(finding.suggestions()).first().isEqualTo("delicious");
			assertThat(finding.suggestions()).hasSizeLessThanOrEqualTo(5);
		});
	}

	@Test
	void keepsOffsetsExactAfterEmojiAndSurrogatePairs() {
		String text = "🍵🍵 Tea time! 🫖\n\n👩🏽‍🍳 Our chef says it is definately the best.";

		List<Finding> findings = checker.check(text, "en-US", Set.of());

		assertThat(findings).extracting(Finding::category, Finding::excerpt)
			.containsExactly(tuple(FindingCategory.SPELLING, "definately"));
		assertThat(findings.get(0).start()).isEqualTo(text.indexOf("definately"));
	}

	@Test
	void findsAMisspellingRightBeforeAnEmojiAtItsOffsets() {
		String text = "Our chef says it is definately🔥 the best.";

		List<Finding> findings = checker.check(text, "en-US", Set.of());

		assertThat(findings).extracting(Finding::category, Finding::excerpt)
			.containsExactly(tuple(FindingCategory.SPELLING, "definately"));
		assertThat(findings.get(0).start()).isEqualTo(text.indexOf("definately"));
	}

	@Test
	void acceptedWordsAndTheirPartsAreNeverMisspelled() {
		String text = "Meet Zephyrine Teaworks and the ZephyrGo app. Zephyrine fans, the ZEPHYRGO beta is live.";
		Set<String> accepted = Set.of("Zephyrine Teaworks", "ZephyrGo");

		assertThat(checker.check(text, "en-US", Set.of())).extracting(Finding::category)
			.contains(FindingCategory.SPELLING);
		assertThat(checker.check(text, "en-US", accepted)).isEmpty();
	}

	@Test
	void anUnknownCompoundOfAnAcceptedWordIsStillMisspelled() {
		List<Finding> findings = checker.check("Try the Zephyrine-Gooo beta.", "en-US", Set.of("Zephyrine"));

		assertThat(findings).extracting(Finding::category, Finding::excerpt)
			.containsExactly(tuple(FindingCategory.SPELLING, "Zephyrine-Gooo"));
	}

	@Test
	void acceptedWordsDoNotHideMisspellingsThatMerelyContainThem() {
		List<Finding> findings = checker.check("Add a teaspon of honey.", "en-US", Set.of("tea"));

		assertThat(findings).extracting(Finding::excerpt).containsExactly("teaspon");
	}

	@Test
	void misspelledLookingHashtagsMentionsLinksAndAddressesAreIgnored() {
		String text = "Loving the #teaglowup with @mayabrewz_pdx! Details at https://northwindtea.example/blg/teaglw "
				+ "or write to teaqueen.mayaa@examplle.com 🍵";

		assertThat(checker.check(text, "en-US", Set.of())).isEmpty();
	}

	@Test
	void misspellingsNextToIgnoredPartsAreStillFound() {
		String text = "Loving the #teaglowup with @maya, it was delishus! 🍵";

		assertThat(checker.check(text, "en-US", Set.of())).extracting(Finding::excerpt).containsExactly("delishus");
	}

	@Test
	void detectsTheLanguageWhenNoneIsGiven() {
		assertThat(checker.check("我们会再接再励。", null, Set.of())).extracting(Finding::category)
			.containsExactly(FindingCategory.SPELLING);
		assertThat(checker.check("We was proud.", " ", Set.of())).extracting(Finding::category)
			.containsExactly(FindingCategory.GRAMMAR);
	}

	@Test
	void acceptsALanguageWithoutItsCountry() {
		assertThat(checker.check("We was proud.", "en", Set.of())).hasSize(1);
		assertThat(checker.check("We was proud.", "EN-us", Set.of())).hasSize(1);
	}

	@Test
	void rejectsALanguageThatIsNotConfigured() {
		assertThatThrownBy(() -> checker.check("Bonjour", "fr-FR", Set.of()))
			.isInstanceOf(UnsupportedLanguageException.class)
			.hasMessageContaining("fr-FR")
			.hasMessageContaining("en-US");
	}

	@Test
	void rejectsTextLongerThanTheLimitBeforeCheckingIt() {
		LanguageChecker small = new LanguageChecker(LanguageCheckerConfig.defaults().withMaxTextLength(50));

		assertThatThrownBy(() -> small.check("x".repeat(51), "en-US", Set.of()))
			.isInstanceOfSatisfying(TextTooLongException.class, ex -> {
				assertThat(ex.length()).isEqualTo(51);
				assertThat(ex.maxLength()).isEqualTo(50);
			});
		assertThat(small.isReady()).isFalse();
		small.close();
	}

	@Test
	void isReadyOnceWarmedUp() {
		assertThat(checker.isReady()).isTrue();
		assertThat(checker.languages()).containsExactly("en-US", "zh-CN");
	}
}
