package io.postgate.screening.language;

import io.postgate.screening.FindingCategory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/** Turns a LanguageTool match into a GRAMMAR or SPELLING match with a plain-text message. */
final class MatchMapper {

	private static final Pattern SUGGESTION_TAG = Pattern.compile("<suggestion>(.*?)</suggestion>");

	private final Map<String, FindingCategory> categories;
	private final int maxSuggestions;

	/**
	 * Decides the category of every rule up front, from the rule objects themselves: matches served from
	 * LanguageTool's sentence cache carry a stand-in rule that no longer knows it is a spelling rule.
	 */
	MatchMapper(List<Rule> allRules, LanguageRules rules, int maxSuggestions) {
		this.categories = new HashMap<>();
		for (Rule rule : allRules) {
			boolean spelling = rule.isDictionaryBasedSpellingRule()
					|| rules.spellingCategories().contains(rule.getCategory().getId().toString());
			categories.merge(rule.getId(), spelling ? FindingCategory.SPELLING : FindingCategory.GRAMMAR,
					(a, b) -> a == FindingCategory.SPELLING ? a : b);
		}
		this.maxSuggestions = maxSuggestions;
	}

	LanguageMatch map(RuleMatch match) {
		String ruleId = match.getRule().getId();
		List<String> suggestions = match.getSuggestedReplacements().stream().limit(maxSuggestions).toList();
		return new LanguageMatch(categories.getOrDefault(ruleId, FindingCategory.GRAMMAR), ruleId,
				match.getFromPos(), match.getToPos(), plainMessage(match.getMessage()), suggestions);
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
