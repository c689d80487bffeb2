package io.postgate.screening.rules;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * The loaded rule set as compliance officers read it: every pack with its rules (phrases, patterns, exceptions,
 * message, suggestion, legal reference), the disclosure condition, the brand glossary and the platform limits.
 */
public record RuleSetView(String version, String hash, List<Pack> packs, Brand brand, List<PlatformLimitsView> platforms) {

	public static RuleSetView of(RuleSet rules) {
		return new RuleSetView(rules.version(), rules.hash(), rules.packs().stream().map(Pack::of).toList(), Brand.of(rules.brand()),
				rules.platforms().values().stream().map(PlatformLimitsView::of).sorted(Comparator.comparing(PlatformLimitsView::platform))
						.toList());
	}

	/** A pack; {@code disclosure} is set for the pack whose phrases satisfy the sponsored-content condition. */
	public record Pack(String id, String version, String description, String source, boolean external, List<String> languages,
			FindingCategory category, List<Rule> rules, Disclosure disclosure) {

		static Pack of(RulePack pack) {
			DisclosureCondition condition = pack.condition();
			return new Pack(pack.id(), pack.version(), pack.description(), pack.source(), pack.source().startsWith("external:"),
					pack.languages(), pack.category(), pack.rules().stream().map(Rule::of).toList(),
					condition == null ? null : Disclosure.of(condition));
		}
	}

	public record Rule(String id, Severity severity, List<String> languages, List<String> phrases, List<String> patterns,
			List<String> exceptions, List<String> exceptionPatterns, String message, String suggestion, String legalReference,
			boolean wordBoundary) {

		static Rule of(PhraseRule rule) {
			return new Rule(rule.id(), rule.severity(), rule.languages(), rule.phrases(), sources(rule.patterns()), rule.exceptions(),
					sources(rule.exceptionPatterns()), rule.message(), rule.suggestion(), rule.legalReference(), rule.wordBoundary());
		}

		private static List<String> sources(List<Pattern> patterns) {
			return patterns.stream().map(Pattern::pattern).toList();
		}
	}

	/** Where a sponsored post's disclosure must stand: the title (when it counts), or early in the body. */
	public record Disclosure(String ruleId, Severity severity, boolean titleCounts, int bodyChars, int hashtagsBefore, String message,
			String suggestion, String legalReference) {

		static Disclosure of(DisclosureCondition condition) {
			return new Disclosure(condition.ruleId(), condition.severity(), condition.titleCounts(), condition.bodyChars(),
					condition.hashtagsBefore(), condition.message(), condition.suggestion(), condition.legalReference());
		}
	}

	public record Brand(String brand, String version, List<Term> terms, List<String> allowedDomains, boolean allowSubdomains,
			boolean requireHttps, List<String> shorteners, List<String> officialPhones, List<String> officialMessengerIds) {

		static Brand of(BrandGlossary glossary) {
			return new Brand(glossary.brand(), glossary.version(),
					glossary.terms().stream().map(term -> new Term(term.term(), term.type(), term.wrong())).toList(),
					glossary.allowedDomains(), glossary.allowSubdomains(), glossary.requireHttps(), glossary.shorteners(),
					glossary.officialPhones(), glossary.officialMessengerIds());
		}
	}

	public record Term(String term, String type, List<String> wrong) {
	}
}
