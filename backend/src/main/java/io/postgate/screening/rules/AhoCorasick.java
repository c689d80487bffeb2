package io.postgate.screening.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over UTF-16 characters: every pattern is found in one left-to-right pass
 * whose cost depends on the text length and the number of matches, not on the number of patterns.
 * Built once; searching allocates nothing besides what the {@link MatchSink} does. Immutable and
 * thread-safe after construction.
 */
final class AhoCorasick {

	/** Receives each match: the pattern id given to the builder and its span in the searched text. */
	@FunctionalInterface
	interface MatchSink {

		void match(int patternId, int start, int end);
	}

	private static final int[] NO_OUTPUT = new int[0];

	private final int[] rootNext;
	private final char[][] keys;
	private final int[][] next;
	private final int[] fail;
	private final int[] outputLink;
	private final int[][] outputs;
	private final int[] patternLength;

	private AhoCorasick(Builder builder) {
		int stateCount = builder.children.size();
		this.keys = new char[stateCount][];
		this.next = new int[stateCount][];
		this.outputs = new int[stateCount][];
		this.fail = new int[stateCount];
		this.outputLink = new int[stateCount];
		this.patternLength = builder.lengths.stream().mapToInt(Integer::intValue).toArray();
		for (int s = 0; s < stateCount; s++) {
			Map<Character, Integer> children = builder.children.get(s);
			char[] k = new char[children.size()];
			int n = 0;
			for (char c : children.keySet()) {
				k[n++] = c;
			}
			Arrays.sort(k);
			int[] t = new int[k.length];
			for (int j = 0; j < k.length; j++) {
				t[j] = children.get(k[j]);
			}
			keys[s] = k;
			next[s] = t;
			List<Integer> out = builder.outputs.get(s);
			outputs[s] = out == null ? NO_OUTPUT : out.stream().mapToInt(Integer::intValue).toArray();
		}
		this.rootNext = new int[Character.MAX_VALUE + 1];
		Arrays.fill(rootNext, 0);
		for (int j = 0; j < keys[0].length; j++) {
			rootNext[keys[0][j]] = next[0][j];
		}
		linkFailures();
	}

	static Builder builder() {
		return new Builder();
	}

	private void linkFailures() {
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int child : next[0]) {
			fail[child] = 0;
			outputLink[child] = 0;
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			for (int j = 0; j < keys[state].length; j++) {
				char c = keys[state][j];
				int child = next[state][j];
				int f = fail[state];
				int target = step(f, c);
				while (target < 0 && f != 0) {
					f = fail[f];
					target = step(f, c);
				}
				fail[child] = target < 0 || target == child ? 0 : target;
				int failState = fail[child];
				outputLink[child] = outputs[failState].length > 0 ? failState : outputLink[failState];
				queue.add(child);
			}
		}
	}

	/** The goto function: the child of {@code state} on {@code c}, or -1 (the root never fails). */
	private int step(int state, char c) {
		if (state == 0) {
			return rootNext[c];
		}
		char[] k = keys[state];
		int idx = Arrays.binarySearch(k, c);
		return idx < 0 ? -1 : next[state][idx];
	}

	/**
	 * Reports every occurrence of every pattern in {@code text}. Returns the number of automaton
	 * transitions taken, a measure of work that is at most twice the text length.
	 */
	int search(CharSequence text, MatchSink sink) {
		int state = 0;
		int transitions = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int target = step(state, c);
			transitions++;
			while (target < 0) {
				state = fail[state];
				target = step(state, c);
				transitions++;
			}
			state = target;
			for (int o = outputs[state].length > 0 ? state : outputLink[state]; o != 0; o = outputLink[o]) {
				for (int id : outputs[o]) {
					sink.match(id, i + 1 - patternLength[id], i + 1);
				}
			}
		}
		return transitions;
	}

	/** Whether any pattern occurs in {@code text}; stops at the first occurrence. */
	boolean containsAny(CharSequence text) {
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int target = step(state, c);
			while (target < 0) {
				state = fail[state];
				target = step(state, c);
			}
			state = target;
			if (outputs[state].length > 0 || outputLink[state] != 0) {
				return true;
			}
		}
		return false;
	}

	int patternCount() {
		return patternLength.length;
	}

	static final class Builder {

		private final List<Map<Character, Integer>> children = new ArrayList<>();
		private final List<List<Integer>> outputs = new ArrayList<>();
		private final List<Integer> lengths = new ArrayList<>();

		private Builder() {
			newState();
		}

		private int newState() {
			children.add(new HashMap<>(4));
			outputs.add(null);
			return children.size() - 1;
		}

		/** Adds a pattern and returns its id (ids are 0, 1, 2, ... in the order added). */
		int add(String pattern) {
			if (pattern.isEmpty()) {
				throw new IllegalArgumentException("empty pattern");
			}
			int state = 0;
			for (int i = 0; i < pattern.length(); i++) {
				Integer child = children.get(state).get(pattern.charAt(i));
				if (child == null) {
					child = newState();
					children.get(state).put(pattern.charAt(i), child);
				}
				state = child;
			}
			int id = lengths.size();
			lengths.add(pattern.length());
			if (outputs.get(state) == null) {
				outputs.set(state, new ArrayList<>(1));
			}
			outputs.get(state).add(id);
			return id;
		}

		AhoCorasick build() {
			return new AhoCorasick(this);
		}
	}
}
