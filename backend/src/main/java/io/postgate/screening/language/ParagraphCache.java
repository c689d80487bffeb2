package io.postgate.screening.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results per paragraph, least recently used first out. The key holds the paragraph itself (not only
 * its hash), so two paragraphs with the same hash can never share a result.
 */
final class ParagraphCache {

	record Key(String languageCode, int configuration, String paragraph) {
	}

	private final int capacity;
	private final Map<Key, List<LanguageMatch>> entries;

	ParagraphCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, List<LanguageMatch>> eldest) {
				return size() > ParagraphCache.this.capacity;
			}
		};
	}

	synchronized List<LanguageMatch> get(Key key) {
		return capacity == 0 ? null : entries.get(key);
	}

	synchronized void put(Key key, List<LanguageMatch> matches) {
		if (capacity > 0) {
			entries.put(key, List.copyOf(matches));
		}
	}

	synchronized int size() {
		return entries.size();
	}
}
