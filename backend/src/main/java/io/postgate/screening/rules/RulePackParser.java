package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/** Reads and validates one rule pack file (format: rules/README.md). */
final class RulePackParser {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
	private static final Set<String> PACK_KEYS = Set.of("pack", "version", "description", "languages", "category",
			"severity", "legalReference", "message", "suggestion", "condition", "wordBoundary", "rules");
	private static final Set<String> RULE_KEYS = Set.of("id", "description", "severity", "phrases", "patterns",
			"exceptions", "exceptionPatterns", "message", "suggestion", "legalReference", "wordBoundary", "languages");
	private static final Set<String> CONDITION_KEYS = Set.of("when", "require", "zone");
	private static final Set<String> ZONE_KEYS = Set.of("title", "bodyChars", "hashtagsBefore");

	private RulePackParser() {
	}

	static RulePack parse(String file, String content) {
		YamlNode root = YamlNode.parse(file, content).onlyKeys(PACK_KEYS);
		String id = root.get("pack").nonBlankText();
		if (!ID.matcher(id).matches()) {
			throw root.get("pack").error("pack id '" + id + "' must be lower-case letters, digits, '.' and '-'");
		}
		String version = root.get("version").nonBlankText();
		String description = root.has("description") ? root.get("description").nonBlankText() : null;
		List<String> languages = languages(root.get("languages"));
		FindingCategory category = category(root.get("category"));
		Severity severity = root.has("severity") ? severity(root.get("severity")) : defaultSeverity(category);
		String legalReference = root.has("legalReference") ? root.get("legalReference").nonBlankText() : null;
		boolean wordBoundary = !root.has("wordBoundary") || root.get("wordBoundary").bool();

		DisclosureCondition condition = null;
		if (root.has("condition")) {
			if (category != FindingCategory.MISSING_DISCLOSURE) {
				throw root.get("condition").error("a condition is only supported in a MISSING_DISCLOSURE pack");
			}
			condition = condition(root, id, severity, legalReference);
		}
		else if (category == FindingCategory.MISSING_DISCLOSURE) {
			throw root.error("a MISSING_DISCLOSURE pack needs a 'condition'");
		}

		List<YamlNode> ruleNodes = root.get("rules").list();
		if (ruleNodes.isEmpty()) {
			throw root.get("rules").error("a pack needs at least one rule");
		}
		List<PhraseRule> rules = new ArrayList<>();
		Set<String> ids = new java.util.HashSet<>();
		for (YamlNode node : ruleNodes) {
			PhraseRule rule = rule(node, id, category, severity, languages, legalReference, wordBoundary,
					condition != null);
			if (!ids.add(rule.id())) {
				throw node.get("id").error("duplicate rule id '" + rule.id() + "'");
			}
			rules.add(rule);
		}
		return new RulePack(id, version, description, file, languages, category, rules, condition);
	}

	private static PhraseRule rule(YamlNode node, String packId, FindingCategory category, Severity packSeverity,
			List<String> packLanguages, String packLegal, boolean packBoundary, boolean conditionPack) {
		node.onlyKeys(RULE_KEYS);
		String id = node.get("id").nonBlankText();
		if (!ID.matcher(id).matches()) {
			throw node.get("id").error("rule id '" + id + "' must be lower-case letters, digits, '.' and '-'");
		}
		List<String> languages = node.has("languages") ? languages(node.get("languages")) : packLanguages;
		Severity severity = node.has("severity") ? severity(node.get("severity")) : packSeverity;
		List<String> phrases = node.has("phrases") ? node.get("phrases").texts() : List.of();
		for (String phrase : phrases) {
			if (TextNormaliser.phrase(phrase, true).isEmpty()) {
				throw node.get("phrases").error("phrase '" + phrase + "' is empty after normalisation");
			}
		}
		List<Pattern> patterns = patterns(node, "patterns");
		if (phrases.isEmpty() && patterns.isEmpty()) {
			throw node.error("rule '" + id + "' needs at least one phrase or pattern");
		}
		List<String> exceptions = node.has("exceptions") ? node.get("exceptions").texts() : List.of();
		if (patterns.isEmpty()) {
			for (String exception : exceptions) {
				String normalised = TextNormaliser.phrase(exception, true);
				boolean containsPhrase = phrases.stream()
					.anyMatch(phrase -> normalised.contains(TextNormaliser.phrase(phrase, true)));
				if (!containsPhrase) {
					throw node.get("exceptions").error("exception '" + exception + "' of rule '" + id
							+ "' contains none of the rule's phrases, so it can never apply");
				}
			}
		}
		String message;
		if (node.has("message")) {
			message = node.get("message").nonBlankText();
		}
		else if (conditionPack) {
			message = "";
		}
		else {
			throw node.error("rule '" + id + "' needs a 'message'");
		}
		String suggestion = node.has("suggestion") ? node.get("suggestion").nonBlankText() : null;
		String legal = node.has("legalReference") ? node.get("legalReference").nonBlankText() : packLegal;
		if (legal == null && category.blocking() && !conditionPack) {
			throw node.error("rule '" + id + "' of a blocking category needs a 'legalReference' (on the rule or the pack)");
		}
		boolean boundary = node.has("wordBoundary") ? node.get("wordBoundary").bool() : packBoundary;
		return new PhraseRule(id, packId, category, severity, languages, phrases, patterns, exceptions,
				patterns(node, "exceptionPatterns"), message, suggestion, legal, boundary);
	}

	private static List<Pattern> patterns(YamlNode node, String key) {
		List<Pattern> patterns = new ArrayList<>();
		if (node.has(key)) {
			for (YamlNode p : node.get(key).list()) {
				try {
					patterns.add(Pattern.compile(p.nonBlankText(), Pattern.UNICODE_CHARACTER_CLASS));
				}
				catch (PatternSyntaxException ex) {
					throw p.error("invalid regular expression: " + ex.getDescription() + " near index " + ex.getIndex());
				}
			}
		}
		return patterns;
	}

	private static DisclosureCondition condition(YamlNode root, String packId, Severity severity, String legal) {
		YamlNode condition = root.get("condition").onlyKeys(CONDITION_KEYS);
		if (!"sponsored".equals(condition.get("when").nonBlankText())) {
			throw condition.get("when").error("the only supported condition is 'when: sponsored'");
		}
		if (!"anyPhrase".equals(condition.get("require").nonBlankText())) {
			throw condition.get("require").error("the only supported requirement is 'require: anyPhrase'");
		}
		YamlNode zone = condition.get("zone").onlyKeys(ZONE_KEYS);
		boolean titleCounts = !zone.has("title") || zone.get("title").bool();
		int bodyChars = zone.get("bodyChars").integer();
		int hashtags = zone.get("hashtagsBefore").integer();
		if (bodyChars < 1 || hashtags < 1) {
			throw zone.error("bodyChars and hashtagsBefore must be positive");
		}
		if (legal == null) {
			throw root.error("a MISSING_DISCLOSURE pack needs a 'legalReference'");
		}
		String message = root.get("message").nonBlankText();
		String suggestion = root.has("suggestion") ? root.get("suggestion").nonBlankText() : null;
		return new DisclosureCondition(packId, severity, titleCounts, bodyChars, hashtags, message, suggestion, legal);
	}

	private static List<String> languages(YamlNode node) {
		List<String> languages = node.texts();
		if (languages.isEmpty()) {
			throw node.error("at least one language is needed");
		}
		for (String language : languages) {
			if (!LANGUAGE.matcher(language).matches()) {
				throw node.error("'" + language + "' is not a language tag such as en-US or zh-CN");
			}
		}
		return languages;
	}

	private static FindingCategory category(YamlNode node) {
		String value = node.nonBlankText();
		try {
			FindingCategory category = FindingCategory.valueOf(value);
			if (category == FindingCategory.GRAMMAR || category == FindingCategory.EXTRACTION
					|| category == FindingCategory.PII || category == FindingCategory.PLATFORM_LIMIT
					|| category == FindingCategory.BRAND_TERM || category == FindingCategory.LINK) {
				throw node.error("category " + value + " is not checked by phrase packs (see rules/README.md)");
			}
			return category;
		}
		catch (IllegalArgumentException ex) {
			throw node.error("unknown category '" + value + "'");
		}
	}

	private static Severity severity(YamlNode node) {
		try {
			return Severity.valueOf(node.nonBlankText());
		}
		catch (IllegalArgumentException ex) {
			throw node.error("unknown severity '" + node.text() + "' (BLOCKER, WARNING or INFO)");
		}
	}

	static Severity defaultSeverity(io.postgate.screening.FindingCategory category) {
		if (category.blocking()) {
			return Severity.BLOCKER;
		}
		return category == FindingCategory.SPELLING ? Severity.INFO : Severity.WARNING;
	}
}
