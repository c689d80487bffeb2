package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.postgate.screening.Finding;

/**
 * Screens a post against a loaded {@link RuleSet}: phrase and pattern packs for the post's
 * language, the sponsored-disclosure condition, PII, links, brand terms and (when a platform is
 * given) platform limits. Everything that can be prepared is prepared in the constructor; a check
 * only reads shared state, so one engine serves concurrent requests.
 */
public final class RuleEngine {

	private final RuleSet rules;
	private final PhraseMatcher phrases;
	private final DisclosureChecker disclosure;
	private final PiiDetector pii;
	private final Urls urls;
	private final LinkChecker links;
	private final BrandTermChecker brandTerms;
	private final PlatformLimitChecker platformLimits = new PlatformLimitChecker();

	public RuleEngine(RuleSet rules) {
		this.rules = rules;
		this.phrases = new PhraseMatcher(rules.packs());
		this.disclosure = new DisclosureChecker(rules.packs());
		this.pii = new PiiDetector(rules.brand());
		this.urls = new Urls(rules.brand().shorteners());
		this.links = new LinkChecker(rules.brand());
		this.brandTerms = new BrandTermChecker(rules.brand());
	}

	/** Findings sorted by position; offsets are UTF-16 indices into {@code title + "\n" + body}. */
	public List<Finding> check(RuleInput input) {
		String full = input.screenedText();
		int titleLength = input.title().length();
		NormalisedText text = TextNormaliser.normalise(full, true);
		ChineseWordBoundaries boundaries = new ChineseWordBoundaries(text.text());
		List<Finding> findings = new ArrayList<>();

		for (PhraseHit hit : phrases.scan(text, input.language(), boundaries, rule -> !disclosure.isConditionRule(rule))) {
			PhraseRule rule = hit.rule();
			findings.add(Findings.at(text, hit.start(), hit.end(), rule.category(), rule.id(), rule.severity(),
					rule.message(), rule.suggestion(), rule.legalReference()));
		}
		if (input.sponsored()) {
			// A disclosure counts in any language: "#ad" discloses a Chinese post too.
			List<PhraseHit> disclosures = phrases.scan(text, null, boundaries, disclosure::isConditionRule);
			findings.addAll(disclosure.check(text, titleLength, disclosures));
		}
		findings.addAll(pii.find(text));
		List<Urls.Url> found = urls.find(text.text());
		findings.addAll(links.check(text, found));
		findings.addAll(brandTerms.check(full));
		if (input.platform() != null) {
			PlatformLimits limits = rules.platforms().get(input.platform());
			if (limits == null) {
				throw new IllegalArgumentException("unknown platform '" + input.platform() + "'; known: " + platformIds());
			}
			findings.addAll(platformLimits.check(limits, full, titleLength, text, found));
		}
		return Findings.withoutRedundant(full, findings);
	}

	public Set<String> platformIds() {
		return rules.platformIds();
	}

	public List<PlatformLimitsView> platformLimits() {
		return rules.platforms().values().stream().map(PlatformLimitsView::of).toList();
	}

	/** The glossary's correct forms: dictionary words for the spell checker. */
	public Set<String> brandTerms() {
		Set<String> terms = new LinkedHashSet<>();
		rules.brand().terms().forEach(t -> terms.add(t.term()));
		return terms;
	}

	/** The company's official phone numbers as written in brand.yaml (never reported as PII). */
	public List<String> officialContactNumbers() {
		return rules.brand().officialPhones();
	}

	public String version() {
		return rules.version();
	}

	public String hash() {
		return rules.hash();
	}

	public List<PackVersion> packVersions() {
		return rules.packVersions();
	}

	public RuleSet ruleSet() {
		return rules;
	}
}
