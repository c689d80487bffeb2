package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.postgate.screening.BoundedCache;
import io.postgate.screening.Finding;

/**
 * Screens a post against a loaded {@link RuleSet}: phrase and pattern packs for the post's
 * language, the sponsored-disclosure condition, PII, links, brand terms and (when a platform is
 * given) platform limits. Everything that can be prepared is prepared in the constructor; a check
 * only reads shared state, so one engine serves concurrent requests.
 * <p>
 * Most checks look at one paragraph ({@link TextBlock}) at a time, and their results per paragraph and
 * language are kept in a bounded cache: a new revision re-checks only the paragraphs it changed. Only
 * the disclosure condition and the platform limits look at the whole text, from the paragraphs' results.
 */
public final class RuleEngine {

	private static final int DEFAULT_CACHE_SIZE = 20_000;

	private final RuleSet rules;
	private final PhraseMatcher phrases;
	private final DisclosureChecker disclosure;
	private final PiiDetector pii;
	private final Urls urls;
	private final LinkChecker links;
	private final BrandTermChecker brandTerms;
	private final PlatformLimitChecker platformLimits = new PlatformLimitChecker();
	private final BoundedCache<BlockKey, BlockFindings> blocks;
	/** Per language code the rules a check of that language looks for; languages are few (validated before a check). */
	private final Map<String, Predicate<PhraseRule>> wantedRules = new ConcurrentHashMap<>();

	public RuleEngine(RuleSet rules) {
		this(rules, DEFAULT_CACHE_SIZE);
	}

	/** @param cachedParagraphs how many paragraphs' results are kept; 0 keeps none */
	public RuleEngine(RuleSet rules, int cachedParagraphs) {
		this.rules = rules;
		this.blocks = new BoundedCache<>(cachedParagraphs);
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
		List<Finding> findings = new ArrayList<>();
		List<BlockFindings.DisclosureSighting> disclosures = new ArrayList<>();
		List<NormalisedText.Span> links = new ArrayList<>();
		for (TextBlock block : TextBlock.split(full)) {
			blocks.computeIfAbsent(new BlockKey(block.text(), input.language()), key -> checkBlock(key.text(), key.language()))
				.addShiftedTo(block.start(), findings, disclosures, links);
		}
		if (input.sponsored()) {
			findings.addAll(disclosure.check(full, input.title().length(), disclosures));
		}
		if (input.platform() != null) {
			PlatformLimits limits = rules.platforms().get(input.platform());
			if (limits == null) {
				throw new IllegalArgumentException("unknown platform '" + input.platform() + "'; known: " + platformIds());
			}
			findings.addAll(platformLimits.check(limits, full, input.title().length(), links));
		}
		return Findings.withoutRedundant(full, findings);
	}

	private BlockFindings checkBlock(String block, String language) {
		NormalisedText text = TextNormaliser.normalise(block, true);
		ChineseWordBoundaries boundaries = new ChineseWordBoundaries(text.text());
		List<Finding> findings = new ArrayList<>();
		List<BlockFindings.DisclosureSighting> disclosures = new ArrayList<>();
		// A disclosure counts in any language: "#ad" discloses a Chinese post too.
		for (PhraseHit hit : phrases.scan(text, wantedRules.computeIfAbsent(language == null ? "" : language, this::wanted), boundaries)) {
			PhraseRule rule = hit.rule();
			if (disclosure.isConditionRule(rule)) {
				disclosures.add(new BlockFindings.DisclosureSighting(rule, text.toOriginal(hit.start(), hit.end()).start()));
			}
			else {
				findings.add(Findings.at(text, hit.start(), hit.end(), rule.category(), rule.id(), rule.severity(), rule.message(),
						rule.suggestion(), rule.legalReference()));
			}
		}
		findings.addAll(pii.find(text));
		List<Urls.Url> found = urls.find(text.text());
		findings.addAll(links.check(text, found));
		findings.addAll(brandTerms.check(text));
		return new BlockFindings(findings, disclosures, found.stream().map(url -> text.toOriginal(url.start(), url.end())).toList());
	}

	private Predicate<PhraseRule> wanted(String language) {
		Set<PhraseRule> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
		rules.packs().forEach(pack -> pack.rules().stream()
			.filter(rule -> disclosure.isConditionRule(rule) || rule.appliesTo(language))
			.forEach(wanted::add));
		return wanted::contains;
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

	private record BlockKey(String text, String language) {
	}
}
