package io.postgate.screening.language;

import java.util.Set;

/**
 * Everyday words of social-media marketing and of the tea trade that the en-US dictionary lacks.
 * Without them a clean post about matcha or a "collab" gets a SPELLING finding.
 */
final class EnglishMarketingWords {

	static final Set<String> WORDS = Set.of(
			// social media
			"Insta", "collab", "collabs", "ICYMI", "unboxing", "giveaways", "livestream", "livestreams",
			"TikTok", "Douyin", "Weibo", "WeChat", "Xiaohongshu", "Bilibili", "RSVP",
			// tea
			"matcha", "oolong", "oolongs", "sencha", "gyokuro", "hojicha", "genmaicha", "kukicha",
			"rooibos", "tisane", "tisanes", "Pu-erh", "pu-erh", "puerh", "Darjeeling", "Assam", "Keemun",
			"Lapsang", "souchong", "gaiwan", "gaiwans", "chasen", "yixing", "Longjing", "Tieguanyin",
			"cold-brew", "teaware");

	private EnglishMarketingWords() {
	}
}
