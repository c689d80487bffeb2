package io.postgate.screening.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool instances of one language. {@link JLanguageTool} is not thread-safe, so each check
 * borrows an instance for itself; the instances share the {@link Language} and a sentence cache.
 */
final class LanguageToolPool {

	private final BlockingQueue<JLanguageTool> idle;
	private final List<JLanguageTool> all;
	private final boolean seesOnlySentences;

	LanguageToolPool(Language language, LanguageRules rules, int size, int sentenceCacheSize) {
		ResultCache sentenceCache = sentenceCacheSize > 0 ? new ResultCache(sentenceCacheSize) : null;
		this.all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(configured(new JLanguageTool(language, null, sentenceCache), rules));
		}
		this.idle = new ArrayBlockingQueue<>(size, false, all);
		this.seesOnlySentences = all.get(0).getAllActiveRules().stream().noneMatch(rule -> rule instanceof TextLevelRule);
	}

	private static JLanguageTool configured(JLanguageTool tool, LanguageRules rules) {
		rules.disabledCategories().forEach(category -> tool.disableCategory(new CategoryId(category)));
		tool.disableRules(List.copyOf(rules.disabledRules()));
		if (!rules.dictionaryWords().isEmpty()) {
			List<String> single = rules.dictionaryWords().stream().filter(w -> !w.contains(" ")).toList();
			List<String> phrases = rules.dictionaryWords().stream().filter(w -> w.contains(" ")).toList();
			for (SpellingCheckRule speller : tool.getAllSpellingCheckRules()) {
				speller.addIgnoreTokens(single);
				if (!phrases.isEmpty()) {
					speller.acceptPhrases(phrases);
				}
			}
		}
		return tool;
	}

	/** Every rule of the language, active or not, as configured instances report them. */
	List<Rule> allRules() {
		return all.get(0).getAllRules();
	}

	/**
	 * Whether every active rule looks at one sentence at a time. Rules that look at the whole text (such as
	 * repeated paragraph beginnings) are off by default; a configuration that turns one on gets each passage
	 * checked on its own, so that its matches still do not depend on the passages around it.
	 */
	boolean seesOnlySentences() {
		return seesOnlySentences;
	}

	/** Runs a real check on every instance: dictionaries and rules load lazily on the first one. */
	void warmUp(String sample) {
		for (JLanguageTool tool : all) {
			try {
				tool.check(sample);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	JLanguageTool borrow(Deadline deadline) {
		try {
			JLanguageTool tool = idle.poll(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
			if (tool == null) {
				throw deadline.timeout();
			}
			tool.setCheckCancelledCallback(deadline::expired);
			return tool;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw deadline.timeout();
		}
	}

	/** An idle instance, or {@code null} when every instance is in use. */
	JLanguageTool borrowIfIdle(Deadline deadline) {
		JLanguageTool tool = idle.poll();
		if (tool != null) {
			tool.setCheckCancelledCallback(deadline::expired);
		}
		return tool;
	}

	void release(JLanguageTool tool) {
		tool.setCheckCancelledCallback(null);
		idle.add(tool);
	}
}
