package io.postgate.screening.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the language of a post by script: Chinese when it has more Han characters than Latin words,
 * otherwise English. A Han character carries about as much as an English word, so counting Latin letters
 * instead would let two brand names ("NorthwindGo") outweigh a Chinese sentence. Links, e-mail
 * addresses, hashtags and mentions are left out of the count.
 */
public class LanguageDetector {

	public static final String CHINESE = "zh-CN";
	public static final String ENGLISH = "en-US";

	private static final Pattern NOT_PROSE = Pattern.compile(
			"(?i)(?:https?://|www\\.)\\S+|[\\p{Alnum}._%+-]+@[\\p{Alnum}.-]+|[#@][\\p{Alnum}_]+");
	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

	public String detect(String text) {
		String prose = NOT_PROSE.matcher(text).replaceAll(" ");
		long han = prose.codePoints()
				.filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
				.count();
		long latinWords = 0;
		for (Matcher words = LATIN_WORD.matcher(prose); words.find();) {
			latinWords++;
		}
		return han > latinWords ? CHINESE : ENGLISH;
	}
}
