package io.postgate.screening.language;

import io.postgate.screening.FindingCategory;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/** Turns a LanguageTool match into a GRAMMAR or SPELLING match with a plain-text message. */
final class MatchMapper {

	private static final Pattern SUGGESTION_TAG = Pattern.compile("<suggestion>(.*?)</suggestion>");

	private final LanguageRules rules;
	private final int maxSuggestions;

	MatchMapper(LanguageRules rules, int maxSuggestions) {
		this.rules = rules;
		this.maxSuggestions = maxSuggestions;
	}

	LanguageMatch map(RuleMatch match) {
		Rule rule = match.getRule();
		List<String> suggestions = match.getSuggestedReplacements().stream().limit(maxSuggestions).toList();
		return new LanguageMatch(categoryOf(rule), rule.getId(), match.getFromPos(), match.getToPos(),
				plainMessage(match.getMessage()), suggestions);
	}

	FindingCategory categoryOf(Rule rule) {
		boolean spelling = rule.isDictionaryBasedSpellingRule()
				|| rules.spellingCategories().contains(rule.getCategory().getId().toString());
		return spelling ? FindingCategory.SPELLING : FindingCategory.GRAMMAR;
	}

	/**
	 * LanguageTool marks replacements in its messages with {@code <suggestion>} tags. Where the message
	 * already quotes them or the tag sits inside a word (迫不<suggestion>及</suggestion>待) the tag is
	 * dropped; elsewhere the replacement is put in quotes.
	 */
	static String plainMessage(String message) {
		Matcher matcher = SUGGESTION_TAG.matcher(message);
		StringBuilder plain = new StringBuilder();
		while (matcher.find()) {
			char before = matcher.start() > 0 ? message.charAt(matcher.start() - 1) : ' ';
			boolean bare = Character.isLetterOrDigit(before) || "\"'“‘「『".indexOf(before) >= 0;
			String replacement = bare ? matcher.group(1) : "'" + matcher.group(1) + "'";
			matcher.appendReplacement(plain, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(plain);
		return plain.toString();
	}
}
