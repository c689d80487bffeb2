package io.postgate.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postgate.screening.extraction.ExtractionResult;
import io.postgate.screening.extraction.TextExtractor;
import io.postgate.screening.language.LanguageChecker;
import io.postgate.screening.language.LanguageDetector;
import io.postgate.screening.rules.PlatformLimitsView;
import io.postgate.screening.rules.RuleEngine;
import io.postgate.screening.rules.RuleInput;
import io.postgate.web.ApiProblem;
import org.languagetool.JLanguageTool;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Machine screening: Tika extraction (in child JVMs), LanguageTool grammar and spelling, and the
 * rule packs, merged into one report with exact offsets, blocking verdict and review routing.
 */
@Service
public class Screening {

	static final String OFFSETS_TITLE_AND_TEXT = "title+\\n+text";
	static final String OFFSETS_EXTRACTED_TEXT = "extractedText";

	private final RuleEngine rules;
	private final LanguageChecker languageChecker;
	private final LanguageDetector detector;
	private final TextExtractor extractor;
	private final RoutingDecider routing;
	private final ScreeningProperties properties;
	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Screening(RuleEngine rules, LanguageChecker languageChecker, LanguageDetector detector, TextExtractor extractor, RoutingDecider routing,
			ScreeningProperties properties, JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.languageChecker = languageChecker;
		this.detector = detector;
		this.extractor = extractor;
		this.routing = routing;
		this.properties = properties;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** Screens a title and text as posted; offsets index {@code title + "\n" + text}. */
	public ScreeningReport screen(ScreeningRequest request) {
		String title = request.title() == null ? "" : request.title();
		String platform = platform(request.platform());
		if (title.length() + 1 + request.text().length() > properties.maxTextLength()) {
			throw ApiProblem.tooLarge("text: " + (title.length() + 1 + request.text().length()) + " characters is more than the "
					+ properties.maxTextLength() + " screening accepts");
		}
		return screenText(title, request.text(), request.language(), platform, request.sponsored(), request.crisis(), List.of(), null, null);
	}

	/** Extracts a file's text and metadata in an isolated worker, then screens the text; offsets index the extracted text. */
	public ScreeningReport screenFile(byte[] bytes, String fileName, String language, String platformId, boolean sponsored, boolean crisis) {
		String platform = platform(platformId);
		ExtractionResult extracted = extract(bytes, fileName);
		ScreeningReport.FileInfo file = new ScreeningReport.FileInfo(fileName, extracted.mediaType(), extracted.truncated(), extracted.metadata());
		return screenText(null, extracted.text(), language, platform, sponsored, crisis, extracted.findings(), extracted.text(), file);
	}

	/** Screens every platform text and attachment of a revision, stores the report, and returns what the process routes on. */
	@Transactional
	public RevisionVerdict screenRevision(RevisionToScreen revision) {
		List<ScreeningReport> reports = new ArrayList<>();
		for (PlatformText text : revision.texts()) {
			reports.add(screenText(text.title(), text.body(), null, platform(text.platform()), revision.sponsored(), revision.crisis(), List.of(),
					null, null));
		}
		for (RevisionToScreen.AttachmentFile file : revision.attachments()) {
			try {
				reports.add(screenFile(file.bytes(), file.fileName(), null, null, revision.sponsored(), revision.crisis()));
			}
			catch (ApiProblem rejected) {
				reports.add(unreadableAttachment(file.fileName(), rejected.getBody().getDetail(), revision));
			}
		}
		Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
		reports.forEach(report -> report.findings().forEach(finding -> categories.add(finding.category())));
		boolean blocking = reports.stream().anyMatch(ScreeningReport::blocking);
		boolean legalRequired = reports.stream().anyMatch(report -> report.routing().legalRequired());
		int findings = reports.stream().mapToInt(report -> report.findings().size()).sum();
		store(revision, reports, blocking, legalRequired);
		events.publishEvent(new ScreeningCompleted(revision.contentId(), revision.revision(), blocking, legalRequired, rules.version(),
				rules.hash(), categories.stream().map(Enum::name).sorted().toList(), findings));
		return new RevisionVerdict(blocking, categories, findings);
	}

	/** The stored report of a revision: the per-platform and per-attachment reports. */
	public Optional<StoredReport> report(String contentId, int revision) {
		return jdbc.sql("select report from screening_report where content_id = ? and revision = ?").params(contentId, revision)
				.query(String.class).optional().map(this::readStored);
	}

	/** The limits of the loaded rule pack's platforms.yaml, for live counters; screening's PLATFORM_LIMIT findings decide. */
	public List<PlatformLimitsView> platformLimits() {
		return rules.platformLimits();
	}

	public boolean knowsPlatform(String platform) {
		return rules.platformIds().contains(platform);
	}

	private ScreeningReport screenText(String title, String body, String requestedLanguage, String platform, boolean sponsored, boolean crisis,
			List<Finding> extractionFindings, String extractedText, ScreeningReport.FileInfo file) {
		Map<String, Long> timings = new LinkedHashMap<>();
		long started = System.nanoTime();
		String screened = title == null ? body : title + "\n" + body;
		String language = language(requestedLanguage, screened);
		List<Finding> findings = new ArrayList<>(extractionFindings);
		long t0 = System.nanoTime();
		List<Finding> ruleFindings = title == null
				? shift(rules.check(new RuleInput("", body, language, platform, sponsored)), -1)
				: rules.check(new RuleInput(title, body, language, platform, sponsored));
		findings.addAll(ruleFindings);
		timings.put("rules", millis(t0));
		long t1 = System.nanoTime();
		findings.addAll(withoutSpellingOfWrongBrandTerms(languageChecker.check(screened, language, rules.brandTerms()), ruleFindings));
		timings.put("languageTool", millis(t1));
		findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(f -> f.category().name()));
		Set<FindingCategory> categories = EnumSet.noneOf(FindingCategory.class);
		findings.forEach(finding -> categories.add(finding.category()));
		boolean blocking = findings.stream().anyMatch(Finding::blocking);
		Routing decided = routing.decide(new RoutingFacts(sponsored, crisis, categories));
		timings.put("total", millis(started));
		return new ScreeningReport(platform, language, rulePack(), JLanguageTool.VERSION, blocking, decided, findings,
				title == null ? OFFSETS_EXTRACTED_TEXT : OFFSETS_TITLE_AND_TEXT, extractedText, file, timings);
	}

	/**
	 * A wrong form of a brand term ("Northwind-Go") has its BRAND_TERM finding with the correct form as the suggestion; a
	 * SPELLING finding on the same words would only repeat it with a worse suggestion.
	 */
	private static List<Finding> withoutSpellingOfWrongBrandTerms(List<Finding> languageFindings, List<Finding> ruleFindings) {
		List<Finding> wrongBrandTerms = ruleFindings.stream().filter(f -> f.category() == FindingCategory.BRAND_TERM).toList();
		return languageFindings.stream()
			.filter(f -> f.category() != FindingCategory.SPELLING
					|| wrongBrandTerms.stream().noneMatch(term -> term.start() <= f.start() && f.end() <= term.end()))
			.toList();
	}

	/** Rules see an empty title and a line break before the body; moves their offsets back onto the body alone. */
	private static List<Finding> shift(List<Finding> findings, int by) {
		return findings.stream().map(finding -> finding.shiftedBy(by)).toList();
	}

	private ScreeningReport unreadableAttachment(String fileName, String reason, RevisionToScreen revision) {
		Finding finding = new Finding(FindingCategory.EXTRACTION, "extraction.rejected", Severity.BLOCKER, 0, 0, "",
				"The attachment " + fileName + " could not be screened: " + reason + " A person must check it or replace it.", List.of(), null);
		Routing decided = routing.decide(new RoutingFacts(revision.sponsored(), revision.crisis(), Set.of(FindingCategory.EXTRACTION)));
		return new ScreeningReport(null, null, rulePack(), JLanguageTool.VERSION, true, decided, List.of(finding), OFFSETS_EXTRACTED_TEXT, null,
				new ScreeningReport.FileInfo(fileName, null, false, null), Map.of());
	}

	private ExtractionResult extract(byte[] bytes, String fileName) {
		try {
			return extractor.extract(bytes, fileName);
		}
		catch (io.postgate.screening.extraction.ExtractionException e) {
			throw new ApiProblem(org.springframework.http.HttpStatus.valueOf(e.httpStatus()), "File not screened", e.getMessage())
					.with("code", e.code());
		}
	}

	private String language(String requested, String text) {
		if (requested == null || requested.isBlank()) {
			return detector.detect(text);
		}
		if (!languageChecker.languages().contains(requested)) {
			throw ApiProblem.badRequest("language: '" + requested + "' is not supported; supported: " + languageChecker.languages());
		}
		return requested;
	}

	private String platform(String platform) {
		if (platform == null || platform.isBlank()) {
			return null;
		}
		String id = platform.trim().toLowerCase(java.util.Locale.ROOT);
		if (!rules.platformIds().contains(id)) {
			throw ApiProblem.badRequest("platform: unknown platform '" + platform + "'; known: " + rules.platformIds().stream().sorted().toList());
		}
		return id;
	}

	private ScreeningReport.RulePack rulePack() {
		return new ScreeningReport.RulePack(rules.version(), rules.hash(), rules.packVersions());
	}

	private void store(RevisionToScreen revision, List<ScreeningReport> reports, boolean blocking, boolean legalRequired) {
		StoredReport stored = new StoredReport(revision.contentId(), revision.revision(), blocking, legalRequired, reports);
		jdbc.sql("delete from screening_report where content_id = ? and revision = ?").params(revision.contentId(), revision.revision()).update();
		jdbc.sql("insert into screening_report (content_id, revision, blocking, legal_required, rule_pack_hash, report, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(revision.contentId(), revision.revision(), blocking, legalRequired, rules.hash(), write(stored),
						Timestamp.from(clock.instant()))
				.update();
	}

	private String write(StoredReport report) {
		try {
			return json.writeValueAsString(report);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private StoredReport readStored(String text) {
		try {
			return json.readValue(text, StoredReport.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/** A revision's screening: one report per platform text and per attachment. */
	public record StoredReport(String contentId, int revision, boolean blocking, boolean legalRequired, List<ScreeningReport> reports) {
	}

	/** Recorded by the audit trail: pack version and hash, and what was found. */
	public record ScreeningCompleted(String contentId, int revision, boolean blocking, boolean legalRequired, String rulePackVersion,
			String rulePackHash, List<String> categories, int findings) {
	}
}
