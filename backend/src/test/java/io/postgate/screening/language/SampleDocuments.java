package io.postgate.screening.language;

import java.util.ArrayList;
import java.util.List;

/** Long, varied marketing documents for cache, budget and throughput checks; a few mistakes included. */
public final class SampleDocuments {

	private static final String[] ENGLISH = {
			"Our tasting room in %s opens at nine every morning, and the first pot of the day is always on the house.",
			"We was proud to welcome %d guests to the spring harvest tour last weekend.",
			"Each tin of Northwind Jasmine Pearl is packed by hand and sealed the same day it leaves the garden.",
			"The pearls unfurl slowly in water at about %d degrees, so give them a few quiet minutes.",
			"If you are new to loose-leaf tea, start with a small pot and steep it a little shorter than you think.",
			"Our sourcing team visits the gardens twice a year to taste the new leaves with the families who grow them.",
			"The next workshop are on the %dth, and seats usually go within a day.",
			"Customers often tell us the second cup is even better than the first, and we definately agree.",
			"Follow @northwindtea for brewing tips, and share your own cup with #NorthwindTea.",
			"A gift box with three blends and a glass teapot ships free to anywhere in %s this month.",
			"Cold brew is simple: add the leaves to cold water, leave the jar in the fridge overnight and pour over ice.",
			"Every order placed in the NorthwindGo app before noon leaves our warehouse on the same day."
	};

	private static final String[] CHINESE = {
			"我们在%s的门店每天上午十点开门，第一壶茶免费请大家品尝。",
			"上周末的春茶采摘之旅一共接待了%d位朋友，大家都玩得很开心。",
			"每一罐Northwind Jasmine Pearl都由老师傅手工装罐，当天封口。",
			"茶球在大约%d度的水里慢慢舒展开来，请耐心等待几分钟。",
			"接下来我们会再接再励，把点茶体验做得更好。",
			"冷泡茶受欢迎的原因是因为它口感清爽、不苦不涩。",
			"关注我们的公众号，回复“茶单”即可获取本月新品菜单。",
			"新用户在NorthwindGo注册后还能领取一张饮品券。"
	};

	private static final String[] PLACES = { "Portland", "Seattle", "Boston", "Denver", "Austin" };
	private static final String[] CITIES = { "上海", "杭州", "成都", "北京", "广州" };

	private SampleDocuments() {
	}

	/** About {@code words} words of English in paragraphs of four sentences. */
	public static String english(int words) {
		List<String> paragraphs = new ArrayList<>();
		int count = 0;
		for (int p = 0; count < words; p++) {
			StringBuilder paragraph = new StringBuilder();
			for (int s = 0; s < 4; s++) {
				int i = p * 4 + s;
				String sentence = fill(ENGLISH[(i * 7) % ENGLISH.length], PLACES[i % PLACES.length], i + 10);
				paragraph.append(s == 0 ? "" : " ").append(sentence);
				count += sentence.split("\\s+").length;
			}
			paragraphs.add(paragraph.toString());
		}
		return String.join("\n\n", paragraphs);
	}

	private static String fill(String template, String place, int number) {
		return template.contains("%s") ? String.format(template, place)
				: template.contains("%d") ? String.format(template, number) : template;
	}

	/** About {@code characters} characters of Chinese in paragraphs of three sentences. */
	public static String chinese(int characters) {
		List<String> paragraphs = new ArrayList<>();
		int count = 0;
		for (int p = 0; count < characters; p++) {
			StringBuilder paragraph = new StringBuilder();
			for (int s = 0; s < 3; s++) {
				int i = p * 3 + s;
				String sentence = fill(CHINESE[(i * 5) % CHINESE.length], CITIES[i % CITIES.length], 60 + i);
				paragraph.append(sentence);
				count += sentence.length();
			}
			paragraphs.add(paragraph.toString());
		}
		return String.join("\n", paragraphs);
	}
}
