package io.postgate.screening.language;

import io.postgate.screening.BoundedCache;
import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Grammar and spelling findings from LanguageTool, in any of the configured languages.
 * <p>
 * Thread-safe. Each language has a pool of warmed-up LanguageTool instances. A text's lines
 * ({@link Passage}s) are the unit of the bounded result cache; the lines no cache knows are joined into
 * {@link Batch}es, one LanguageTool call each, and the batches of a large text are shared out over the idle
 * instances of the pool. Findings are INFO, with UTF-16 offsets into the text given to {@link #check}.
 * <p>
 * Posts and documents use different instances. LanguageTool's own sentence cache is what makes an edited
 * line of a long document quick to re-check; a post is short enough that re-checking its edited line in
 * full costs little, so posts are checked on instances without it. Texts of at least
 * {@link LanguageCheckerConfig#parallelThreshold()} characters count as documents.
 */
public class LanguageChecker implements AutoCloseable {

	private static final Map<String, String> WARM_UP_TEXTS = Map.of(
			"en", "This are a warm-up sentense, and it check the grammar rules of the language.",
			"zh", "原因是因为我们会再接再励，大家都迫不急待了。");

	private final LanguageCheckerConfig config;
	private final Map<String, Language> languages = new LinkedHashMap<>();
	private final Map<String, MatchMapper> mappers = new HashMap<>();
	private final Map<String, Integer> configurations = new HashMap<>();
	private final Map<String, LanguageToolPool> postPools = new HashMap<>();
	private final Map<String, LanguageToolPool> documentPools = new ConcurrentHashMap<>();
	private final BoundedCache<PassageKey, List<LanguageMatch>> cache;
	private final ExecutorService parallel;
	private final LanguageDetector detector = new LanguageDetector();
	private volatile boolean ready;

	public LanguageChecker(LanguageCheckerConfig config) {
		this.config = config;
		for (String code : config.languages()) {
			Language language = Languages.getLanguageForShortCode(code);
			LanguageRules rules = config.rulesFor(code);
			languages.put(code, language);
			configurations.put(code, rules.hashCode() * 31 + config.maxSuggestions());
		}
		this.cache = new BoundedCache<>(config.paragraphCacheSize());
		AtomicInteger threads = new AtomicInteger();
		this.parallel = Executors.newFixedThreadPool(config.poolSize(), task -> {
			Thread thread = new Thread(task, "language-check-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public LanguageChecker() {
		this(LanguageCheckerConfig.defaults());
	}

	/**
	 * Creates the post instances of every language, the languages in parallel, and runs a real check on
	 * each; blocks until done (English takes several seconds). Then starts creating the document instances
	 * in the background: until they are warm, documents are checked on the post instances. Safe to call
	 * more than once.
	 */
	public synchronized void warmUp() {
		if (ready) {
			return;
		}
		Map<String, CompletableFuture<LanguageToolPool>> warming = new LinkedHashMap<>();
		languages.forEach((code, language) -> warming.put(code, CompletableFuture.supplyAsync(() -> warmPool(code, 0), parallel)));
		warming.forEach((code, pool) -> {
			LanguageToolPool warm = join(pool);
			mappers.put(code, new MatchMapper(warm.allRules(), config.rulesFor(code), config.maxSuggestions()));
			postPools.put(code, warm);
		});
		ready = true;
		if (config.sentenceCacheSize() > 0) {
			Thread documents = new Thread(() -> languages.keySet()
				.forEach(code -> documentPools.put(code, warmPool(code, config.sentenceCacheSize()))),
					"language-tool-document-warm-up");
			documents.setDaemon(true);
			documents.start();
		}
	}

	private LanguageToolPool warmPool(String code, int sentenceCacheSize) {
		Language language = languages.get(code);
		LanguageToolPool pool = new LanguageToolPool(language, config.rulesFor(code), config.poolSize(), sentenceCacheSize);
		pool.warmUp(WARM_UP_TEXTS.getOrDefault(language.getShortCode(), "Warm-up."));
		return pool;
	}

	private static LanguageToolPool join(CompletableFuture<LanguageToolPool> pool) {
		try {
			return pool.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	public boolean isReady() {
		return ready;
	}

	/** The configured language codes, e.g. {@code [en-US, zh-CN]}. */
	public List<String> languages() {
		return List.copyOf(languages.keySet());
	}

	/** {@code zh-CN} or {@code en-US}, by the script most letters are in. */
	public String detect(String text) {
		return detector.detect(text);
	}

	/**
	 * GRAMMAR and SPELLING findings in {@code text}, ordered by position.
	 *
	 * @param languageCode a configured code, or only its language ({@code en}); {@code null} detects it
	 * @param acceptedWords words and phrases that are never misspelled, e.g. the brand glossary's correct forms
	 * @throws TextTooLongException above {@link LanguageCheckerConfig#maxTextLength()}
	 * @throws LanguageCheckTimeoutException when the check takes longer than the time budget
	 * @throws UnsupportedLanguageException for a language that is not configured
	 */
	public List<Finding> check(String text, String languageCode, Set<String> acceptedWords) {
		return check(text, languageCode, acceptedWords, config.timeBudget());
	}

	/** As {@link #check(String, String, Set)}, with a time budget of its own (e.g. shorter while typing). */
	public List<Finding> check(String text, String languageCode, Set<String> acceptedWords, Duration timeBudget) {
		if (text.length() > config.maxTextLength()) {
			throw new TextTooLongException(text.length(), config.maxTextLength());
		}
		String code = resolve(languageCode == null || languageCode.isBlank() ? detect(text) : languageCode);
		if (!ready) {
			warmUp();
		}
		ProseText prose = ProseText.of(text, code);
		Request request = new Request(code, acceptedWords == null ? Set.of() : acceptedWords, Deadline.after(timeBudget));
		List<Finding> findings = new ArrayList<>();
		for (LanguageMatch match : matches(prose.text(), request)) {
			int start = prose.originalStart(match.start());
			int end = prose.originalEnd(match.start(), match.end());
			findings.add(new Finding(match.category(), match.ruleId(), Severity.INFO, start, end, text.substring(start, end), match.message(),
					match.suggestions(), null));
		}
		return findings;
	}

	/** Number of passages whose results are cached (for metrics). */
	public int cachedParagraphs() {
		return cache.size();
	}

	@Override
	public void close() {
		parallel.shutdownNow();
	}

	private String resolve(String requested) {
		for (String code : languages.keySet()) {
			if (code.equalsIgnoreCase(requested)) {
				return code;
			}
		}
		String language = requested.split("[-_]")[0].toLowerCase(Locale.ROOT);
		for (Map.Entry<String, Language> entry : languages.entrySet()) {
			if (entry.getValue().getShortCode().equals(language)) {
				return entry.getKey();
			}
		}
		throw new UnsupportedLanguageException(requested, languages.keySet());
	}

	/** Matches in the text, without those in a passage's links, tags, emoji and accepted words. */
	private List<LanguageMatch> matches(String text, Request request) {
		String code = request.code();
		List<Passage> passages = Passage.split(text);
		Map<Passage, List<LanguageMatch>> results = new HashMap<>();
		List<Passage> unchecked = new ArrayList<>();
		int uncheckedLength = 0;
		for (Passage passage : passages) {
			List<LanguageMatch> cached = cache.get(key(request, passage));
			if (cached != null) {
				results.put(passage, cached);
			}
			else {
				unchecked.add(passage);
				uncheckedLength += passage.text().length();
			}
		}
		if (!unchecked.isEmpty()) {
			LanguageToolPool pool = text.length() >= config.parallelThreshold()
					? documentPools.getOrDefault(code, postPools.get(code))
					: postPools.get(code);
			boolean inParallel = uncheckedLength >= config.parallelThreshold() && config.poolSize() > 1 && unchecked.size() > 1;
			// More batches than instances, so that an instance the machine runs slower simply takes fewer.
			Queue<Batch> queue = new ConcurrentLinkedQueue<>(pool.seesOnlySentences()
					? Batch.of(unchecked, inParallel ? 2 * config.poolSize() : 1)
					: Batch.single(unchecked));
			if (inParallel) {
				checkInParallel(request, pool, queue, results);
			}
			else {
				results.putAll(checkAll(request, pool, pool.borrow(request.deadline()), queue));
			}
		}
		List<LanguageMatch> matches = new ArrayList<>();
		for (Passage passage : passages) {
			results.get(passage).forEach(match -> matches.add(match.shiftedBy(passage.start())));
		}
		matches.sort(Comparator.comparingInt(LanguageMatch::start).thenComparingInt(LanguageMatch::end));
		return matches;
	}

	/**
	 * This thread and helpers on the pool's other idle instances take batches from one queue until it
	 * is empty. A helper that finds no idle instance (another check has it) stops at once instead of
	 * waiting for one.
	 */
	private void checkInParallel(Request request, LanguageToolPool pool, Queue<Batch> queue, Map<Passage, List<LanguageMatch>> results) {
		Deadline deadline = request.deadline();
		JLanguageTool own = pool.borrow(deadline);
		List<Future<Map<Passage, List<LanguageMatch>>>> futures = new ArrayList<>();
		for (int helper = 1; helper < config.poolSize() && helper < queue.size(); helper++) {
			futures.add(parallel.submit(() -> {
				JLanguageTool tool = pool.borrowIfIdle(deadline);
				return tool == null ? Map.<Passage, List<LanguageMatch>>of() : checkAll(request, pool, tool, queue);
			}));
		}
		try {
			results.putAll(checkAll(request, pool, own, queue));
			for (Future<Map<Passage, List<LanguageMatch>>> future : futures) {
				results.putAll(future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS));
			}
		}
		catch (TimeoutException ex) {
			throw deadline.timeout();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw deadline.timeout();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			futures.forEach(future -> future.cancel(true));
		}
	}

	/** Checks batches from the queue on a borrowed instance until the queue is empty, caches each passage's result and returns the instance. */
	private Map<Passage, List<LanguageMatch>> checkAll(Request request, LanguageToolPool pool, JLanguageTool tool, Queue<Batch> queue) {
		MatchMapper mapper = mappers.get(request.code());
		LanguageRules rules = config.rulesFor(request.code());
		Deadline deadline = request.deadline();
		Map<Passage, List<LanguageMatch>> results = new HashMap<>();
		try {
			Batch batch;
			while ((batch = queue.poll()) != null) {
				deadline.check();
				String text = batch.text();
				List<RuleMatch> ruleMatches = tool.check(text);
				// A cancelled LanguageTool check returns what it found so far, without saying so.
				deadline.check();
				List<LanguageMatch> matches = ruleMatches.stream()
					.filter(match -> !rules.accepts(match.getRule().getId(), text.substring(match.getFromPos(), match.getToPos())))
					.map(mapper::map)
					.toList();
				batch.perPassage(matches).forEach((passage, own) -> {
					List<LanguageMatch> kept = withoutIgnored(passage.text(), own, request.acceptedWords());
					cache.put(key(request, passage), kept);
					results.put(passage, kept);
				});
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			pool.release(tool);
		}
	}

	/** Ignored spans never cross a line, so a passage's matches are filtered with the passage alone. */
	private static List<LanguageMatch> withoutIgnored(String passage, List<LanguageMatch> matches, Set<String> acceptedWords) {
		if (matches.isEmpty()) {
			return List.of();
		}
		IgnoredSpans ignored = IgnoredSpans.in(passage, acceptedWords);
		return matches.stream()
			.filter(match -> !(match.category() == FindingCategory.SPELLING ? ignored.ignoresSpelling(passage, match.start(), match.end())
					: ignored.ignoresGrammar(match.start(), match.end())))
			.toList();
	}

	private PassageKey key(Request request, Passage passage) {
		return new PassageKey(request.code(), configurations.get(request.code()), request.acceptedWords(), passage.text());
	}

	private record PassageKey(String languageCode, int configuration, Set<String> acceptedWords, String passage) {
	}

	private record Request(String code, Set<String> acceptedWords, Deadline deadline) {
	}
}
