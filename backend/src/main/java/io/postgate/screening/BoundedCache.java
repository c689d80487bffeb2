package io.postgate.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of paragraph checks, least recently used first out. Keys hold the paragraph itself (not only
 * its hash), so two paragraphs with the same hash can never share a result. Thread-safe; a capacity of 0
 * keeps nothing.
 */
public final class BoundedCache<K, V> {

	private final int capacity;
	private final Map<K, V> entries;

	public BoundedCache(int capacity) {
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > BoundedCache.this.capacity;
			}
		};
	}

	public synchronized V get(K key) {
		return capacity == 0 ? null : entries.get(key);
	}

	public synchronized void put(K key, V value) {
		if (capacity > 0) {
			entries.put(key, value);
		}
	}

	/** The cached value, or one computed outside the lock (two threads may compute the same key; both results are equal). */
	public V computeIfAbsent(K key, Function<K, V> compute) {
		V cached = get(key);
		if (cached != null) {
			return cached;
		}
		V computed = compute.apply(key);
		put(key, computed);
		return computed;
	}

	public synchronized int size() {
		return entries.size();
	}
}
