package io.postgate.screening;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.MultiThreadedJLanguageTool;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.postgate.PostgateApplication;
import io.postgate.screening.language.SampleDocuments;
import io.postgate.screening.rules.RuleEngine;
import io.postgate.screening.rules.RuleInput;
import io.postgate.screening.rules.RuleSetLoader;

/**
 * The performance figures of issue 3, measured in one JVM: start-up, heap, raw LanguageTool against full
 * screening, re-screening, rule matching and POST /api/screenings over real HTTP. Prints a table; asserts
 * nothing. Not a test: run it alone on a quiet machine (see docs/screening.md, "Benchmarks"):
 *
 * <pre>
 * ./mvnw -B -q -pl backend test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath io.postgate.screening.ScreeningBenchmark 30 10"
 * </pre>
 *
 * Arguments: warm-up seconds per scenario (default 30) and measured seconds per scenario (default 10).
 * Every measured check gets text no check has seen before (a number is added to every sentence), so
 * neither LanguageTool's sentence cache nor the paragraph cache can answer it, except where the
 * scenario is about the cache.
 */
public final class ScreeningBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s|$)|。");
	/** Comparisons alternate between their two sides in slices this long, so load from elsewhere hits both alike. */
	private static final Duration SLICE = Duration.ofSeconds(2);

	private final Duration warmUp;
	private final Duration measure;
	private final Map<String, String> rows = new LinkedHashMap<>();
	private final AtomicLong serial = new AtomicLong();

	private ScreeningBenchmark(Duration warmUp, Duration measure) {
		this.warmUp = warmUp;
		this.measure = measure;
	}

	public static void main(String[] args) throws Exception {
		Duration warmUp = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
		Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
		new ScreeningBenchmark(warmUp, measure).run();
		System.exit(0);
	}

	private void run() throws Exception {
		String post = SampleDocuments.english(300);
		String chinesePost = SampleDocuments.chinese(500);
		String document = SampleDocuments.english(3_000);
		row("machine", Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch") + ", Java " + Runtime.version() + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
		row("texts", words(post) + "-word post, " + chinesePost.length() + "-character Chinese post, " + words(document)
				+ "-word document in " + document.split("\n\n").length + " paragraphs; warm-up " + warmUp.toSeconds()
				+ " s, measured " + measure.toSeconds() + " s per scenario");

		Path data = Files.createTempDirectory("postgate-benchmark");
		long starting = System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(PostgateApplication.class)
				.properties(Map.of("server.port", "0", "spring.datasource.url", "jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
						"postgate.content.attachment-dir", data.resolve("attachments").toString(),
						"postgate.publishing.outbox-dir", data.resolve("outbox").toString(), "logging.level.root", "WARN",
						"logging.level.io.postgate", "WARN"))
				.run();
		double contextSeconds = (System.nanoTime() - starting) / 1e9;
		int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		awaitReady(http, port);
		row("start-up to ready (readiness UP, LanguageTool en + zh warm)",
				String.format(Locale.ROOT, "%.1f s (context started after %.1f s)", (System.nanoTime() - starting) / 1e9, contextSeconds));
		row("heap used after start-up, after GC", heapAfterGc() + " MB");

		try {
			Screening screening = app.getBean(Screening.class);
			RuleEngine rules = app.getBean(RuleEngine.class);
			routing(app.getBean(RoutingDecider.class), app.getBean(JdbcClient.class));
			throughput(screening, post, chinesePost, document);
			document(screening, document);
			ruleShare(screening, rules, post, chinesePost, document);
			phraseCount(document, chinesePost);
			http(http, port, post);
		}
		finally {
			app.close();
		}
		print();
	}

	/** Raw JLanguageTool (one instance per thread) against Screening.screen, both on 2 threads. */
	private void throughput(Screening screening, String post, String chinesePost, String document) throws Exception {
		Language english = Languages.getLanguageForShortCode("en-US");
		Language chinese = Languages.getLanguageForShortCode("zh-CN");
		record Text(String name, String text, Language language, String code, int words) {
		}
		for (Text text : List.of(new Text("300-word English post", post, english, "en-US", words(post)),
				new Text("500-character Chinese post", chinesePost, chinese, "zh-CN", chinesePost.length()),
				new Text("3,000-word document", document, english, "en-US", words(document)))) {
			ThreadLocal<JLanguageTool> raw = ThreadLocal.withInitial(() -> new JLanguageTool(text.language()));
			double[] rates = onTwoThreads(() -> raw.get().check(fresh(text.text())),
					() -> screening.screen(new ScreeningRequest("Benchmark", fresh(text.text()), text.code(), null, false, false)));
			double rawRate = rates[0];
			double screenedRate = rates[1];
			String unit = text.code().startsWith("zh") ? "characters/s" : "words/s";
			row("2 threads, " + text.name() + ": raw JLanguageTool.check",
					String.format(Locale.ROOT, "%.1f checks/s (%,.0f %s)", rawRate, rawRate * text.words(), unit));
			row("2 threads, " + text.name() + ": full screening",
					String.format(Locale.ROOT, "%.1f screenings/s (%,.0f %s) = %.2f x raw", screenedRate, screenedRate * text.words(), unit,
							screenedRate / rawRate));
		}
	}

	/** The DMN routing decision every screening ends with, and what it leaves in Camunda's history tables. */
	private void routing(RoutingDecider routing, JdbcClient jdbc) throws Exception {
		RoutingFacts facts = new RoutingFacts(true, false, java.util.Set.of(FindingCategory.HEALTH_CLAIM));
		long before = jdbc.sql("select count(*) from ACT_HI_DECINST").query(Long.class).single();
		double millis = millisPerCall(() -> routing.decide(facts))[0];
		long after = jdbc.sql("select count(*) from ACT_HI_DECINST").query(Long.class).single();
		row("routing decision (review-routing.dmn)", String.format(Locale.ROOT, "%s; historic decision instances written: %,d",
				ms(millis), after - before));
	}

	/** One 3,000-word document at a time: MultiThreadedJLanguageTool, full screening, and re-screening after an edit. */
	private void document(Screening screening, String document) throws Exception {
		MultiThreadedJLanguageTool multi = new MultiThreadedJLanguageTool(Languages.getLanguageForShortCode("en-US"), 2);
		try {
			double[] millis = millisPerCall(() -> multi.check(fresh(document)), () -> screen(screening, fresh(document)));
			double multiMillis = millis[0];
			double fullMillis = millis[1];
			String base = fresh(document);
			screen(screening, base);
			double editedMillis = millisPerCall(() -> screen(screening, edited(base, serial.incrementAndGet())))[0];
			row("3,000 words: MultiThreadedJLanguageTool, 2 threads", ms(multiMillis));
			row("3,000 words: full screening", String.format(Locale.ROOT, "%s = %.2f x MultiThreadedJLanguageTool", ms(fullMillis),
					fullMillis / multiMillis));
			row("3,000 words: re-screening after one paragraph changed",
					String.format(Locale.ROOT, "%s = %.0f x faster than a full screening", ms(editedMillis), fullMillis / editedMillis));
		}
		finally {
			multi.shutdown();
		}
	}

	/**
	 * RuleEngine.check alone against the whole screening of the same (fresh) text. Making a text fresh is timed
	 * alongside and taken off both, as it is part of neither.
	 */
	private void ruleShare(Screening screening, RuleEngine rules, String post, String chinesePost, String document) throws Exception {
		record Text(String name, String text, String code) {
		}
		for (Text text : List.of(new Text("300-word post", post, "en-US"), new Text("500-character Chinese post", chinesePost, "zh-CN"),
				new Text("3,000-word document", document, "en-US"))) {
			double[] millis = millisPerCall(() -> fresh(text.text()),
					() -> rules.check(new RuleInput("Benchmark", fresh(text.text()), text.code(), "facebook", true)),
					() -> screening.screen(new ScreeningRequest("Benchmark", fresh(text.text()), text.code(), "facebook", true, false)));
			double freshMillis = millis[0];
			double ruleMillis = millis[1] - freshMillis;
			double fullMillis = millis[2] - freshMillis;
			row("rule matching (all packs), " + text.name(), String.format(Locale.ROOT, "%s = %.1f %% of %s full screening (%s making the text fresh taken off both)",
					ms(ruleMillis), 100 * ruleMillis / fullMillis, ms(fullMillis), ms(freshMillis)));
		}
	}

	/** The packaged rules plus a pack of 1,000 or 10,000 extra phrases, over a fresh 17,000-character text (no paragraph cached). */
	private void phraseCount(String document, String chinesePost) throws Exception {
		String text = (document + "\n\n" + chinesePost.repeat(4)).substring(0, 17_000);
		RuleEngine thousand = new RuleEngine(new RuleSetLoader(extraPhrases(1_000)).load());
		RuleEngine tenThousand = new RuleEngine(new RuleSetLoader(extraPhrases(10_000)).load());
		double[] millis = millisPerCall(() -> thousand.check(new RuleInput("Benchmark", fresh(text), "en-US", null, false)),
				() -> tenThousand.check(new RuleInput("Benchmark", fresh(text), "en-US", null, false)));
		row("rule engine, 17,000 characters, packaged rules + 1,000 phrases", ms(millis[0]));
		row("rule engine, 17,000 characters, packaged rules + 10,000 phrases",
				String.format(Locale.ROOT, "%s = %.2f x 1,000 phrases", ms(millis[1]), millis[1] / millis[0]));
	}

	/** POST /api/screenings over real HTTP, one request at a time, as the composer sends it while an editor types. */
	private void http(HttpClient http, int port, String post) throws Exception {
		String csrf = logIn(http, port);
		LongFunction<HttpRequest> sessionRequest = n -> screeningRequest(port, n < 0 ? post : fresh(post))
				.header("X-XSRF-TOKEN", csrf).build();
		String basic = "Basic " + Base64.getEncoder().encodeToString("editor1:demo".getBytes(StandardCharsets.UTF_8));
		HttpClient noCookies = HttpClient.newHttpClient();
		latencies("POST /api/screenings, session, 300-word post, unchanged text", () -> send(http, sessionRequest.apply(-1)));
		latencies("POST /api/screenings, session, 300-word post, new text every request", () -> send(http, sessionRequest.apply(0)));
		latencies("POST /api/screenings, HTTP Basic, 300-word post, new text every request",
				() -> send(noCookies, screeningRequest(port, fresh(post)).header("Authorization", basic).build()));
	}

	private static HttpRequest.Builder screeningRequest(int port, String text) {
		String body;
		try {
			body = JSON.writeValueAsString(Map.of("title", "Benchmark", "language", "en-US", "platform", "facebook", "text", text));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/screenings"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static Void send(HttpClient http, HttpRequest request) throws Exception {
		int status = http.send(request, BodyHandlers.discarding()).statusCode();
		if (status != 200) {
			throw new IllegalStateException("POST /api/screenings answered " + status);
		}
		return null;
	}

	/** Logs in like the React app: XSRF-TOKEN cookie, login, then the new token. */
	private static String logIn(HttpClient http, int port) throws Exception {
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(), BodyHandlers.discarding());
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
				.header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf(http))
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"editor1\",\"password\":\"demo\"}")).build();
		int status = http.send(login, BodyHandlers.discarding()).statusCode();
		if (status != 200) {
			throw new IllegalStateException("login answered " + status);
		}
		return xsrf(http);
	}

	private static String xsrf(HttpClient http) {
		CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
				.filter(v -> !v.isEmpty()).reduce((first, second) -> second).orElseThrow();
	}

	private static void awaitReady(HttpClient http, int port) throws Exception {
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
		while (http.send(readiness, BodyHandlers.discarding()).statusCode() != 200) {
			Thread.sleep(20);
		}
	}

	private static long heapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	/** Calls per second of {@code a} and of {@code b}, each on two threads, in alternating slices. */
	private double[] onTwoThreads(Callable<?> a, Callable<?> b) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			runFor(threads, a, warmUp);
			runFor(threads, b, warmUp);
			long[] calls = new long[2];
			long[] nanos = new long[2];
			for (long slices = Math.max(1, measure.toNanos() / SLICE.toNanos()), i = 0; i < slices; i++) {
				for (int side = 0; side < 2; side++) {
					long started = System.nanoTime();
					calls[side] += runFor(threads, side == 0 ? a : b, SLICE);
					nanos[side] += System.nanoTime() - started;
				}
			}
			return new double[] { calls[0] / (nanos[0] / 1e9), calls[1] / (nanos[1] / 1e9) };
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static long runFor(ExecutorService threads, Callable<?> work, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		List<Future<Long>> counts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			counts.add(threads.submit(() -> {
				long calls = 0;
				while (System.nanoTime() < end) {
					work.call();
					calls++;
				}
				return calls;
			}));
		}
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		return total;
	}

	/** Milliseconds per call of each side, one call at a time, the sides in alternating slices. */
	private double[] millisPerCall(Callable<?>... sides) throws Exception {
		for (Callable<?> side : sides) {
			callFor(side, warmUp);
		}
		long[] calls = new long[sides.length];
		long[] nanos = new long[sides.length];
		for (long slices = Math.max(1, measure.toNanos() / SLICE.toNanos()), i = 0; i < slices || calls[sides.length - 1] < 5; i++) {
			for (int side = 0; side < sides.length; side++) {
				long started = System.nanoTime();
				calls[side] += callFor(sides[side], SLICE);
				nanos[side] += System.nanoTime() - started;
			}
		}
		double[] millis = new double[sides.length];
		for (int side = 0; side < sides.length; side++) {
			millis[side] = nanos[side] / 1e6 / calls[side];
		}
		return millis;
	}

	private static long callFor(Callable<?> work, Duration duration) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		long calls = 0;
		do {
			work.call();
			calls++;
		} while (System.nanoTime() < end);
		return calls;
	}

	private void latencies(String name, Callable<?> request) throws Exception {
		long warmUpEnd = System.nanoTime() + warmUp.toNanos();
		while (System.nanoTime() < warmUpEnd) {
			request.call();
		}
		List<Double> millis = new ArrayList<>();
		long end = System.nanoTime() + measure.toNanos();
		while (System.nanoTime() < end || millis.size() < 20) {
			long started = System.nanoTime();
			request.call();
			millis.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(millis);
		row(name, String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (%d requests)", percentile(millis, 50), percentile(millis, 95),
				millis.size()));
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	private ScreeningReport screen(Screening screening, String text) {
		return screening.screen(new ScreeningRequest("Benchmark", text, "en-US", null, false, false));
	}

	/**
	 * The text with a new number at the end of every sentence, so no cache has seen any of its sentences
	 * (the sample texts repeat sentences, which LanguageTool's sentence cache would otherwise answer).
	 */
	private String fresh(String text) {
		Matcher sentenceEnd = SENTENCE_END.matcher(text);
		StringBuilder fresh = new StringBuilder(text.length() + text.length() / 8);
		while (sentenceEnd.find()) {
			String end = sentenceEnd.group();
			sentenceEnd.appendReplacement(fresh, (end.equals("。") ? "" : " ") + serial.incrementAndGet() + end);
		}
		return sentenceEnd.appendTail(fresh).toString();
	}

	/** The document with one paragraph rewritten: a sentence no check has seen in front of it. */
	private static String edited(String document, long round) {
		String[] paragraphs = document.split("\n\n");
		int index = (int) (round % paragraphs.length);
		paragraphs[index] = "This is edit number " + round + " of the text. " + paragraphs[index];
		return String.join("\n\n", paragraphs);
	}

	/** A rules folder with one extra pack of {@code count} made-up English and Chinese phrases. */
	private static Path extraPhrases(int count) throws Exception {
		Random random = new Random(count);
		List<String> phrases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder phrase = new StringBuilder();
			if (i % 2 == 0) {
				for (int letter = 0; letter < 6 + random.nextInt(8); letter++) {
					phrase.append((char) ('a' + random.nextInt(26)));
				}
				phrase.append(' ').append(i);
			}
			else {
				for (int character = 0; character < 3 + random.nextInt(3); character++) {
					phrase.append((char) (0x4E00 + random.nextInt(0x5000)));
				}
			}
			phrases.add("\"" + phrase + "\"");
		}
		Path folder = Files.createTempDirectory("postgate-benchmark-rules");
		Files.createDirectories(folder.resolve("packs"));
		Files.writeString(folder.resolve("packs/benchmark.yaml"), """
				pack: benchmark-phrases
				version: 1.0.0
				languages: [en-US, zh-CN]
				category: SENSITIVE_TOPIC
				rules:
				  - id: benchmark-phrase
				    message: A made-up phrase of the benchmark.
				    phrases: [%s]
				""".formatted(String.join(", ", phrases)));
		return folder;
	}

	private void row(String name, String value) {
		rows.put(name, value);
		System.out.println(name + ": " + value);
	}

	private void print() {
		int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
		String table = rows.entrySet().stream().map(e -> String.format("| %-" + width + "s | %s |", e.getKey(), e.getValue()))
				.collect(Collectors.joining("\n"));
		System.out.println("\n| " + "measurement" + " ".repeat(width - 11) + " | result |\n|" + "-".repeat(width + 2) + "|--------|\n" + table);
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.2f ms", millis);
	}

	private static int words(String text) {
		return text.split("\\s+").length;
	}
}
