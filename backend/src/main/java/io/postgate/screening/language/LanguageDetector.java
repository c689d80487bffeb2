package io.postgate.screening.language;

import java.util.regex.Pattern;

/**
 * Picks the language of a post by script: Han characters against Latin letters, whichever there are
 * more of. Links, e-mail addresses, hashtags and mentions are left out of the count, so a Chinese post
 * with an English URL stays Chinese. Text with neither script is taken as English.
 */
public class LanguageDetector {

	public static final String CHINESE = "zh-CN";
	public static final String ENGLISH = "en-US";

	private static final Pattern NOT_PROSE = Pattern.compile(
			"(?i)(?:https?://|www\\.)\\S+|[\\p{Alnum}._%+-]+@[\\p{Alnum}.-]+|[#@][\\p{Alnum}_]+");

	public String detect(String text) {
		String prose = NOT_PROSE.matcher(text).replaceAll(" ");
		long han = prose.codePoints()
				.filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
				.count();
		long latin = prose.codePoints()
				.filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)
				.count();
		return han > latin ? CHINESE : ENGLISH;
	}
}
