package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.postgate.screening.TopLevelDomains;

/**
 * Finds links in normalised text: anything starting with http://, https:// or www., scheme-less
 * links on a known URL shortener ("bit.ly/abc"), and other scheme-less links with a path on a host
 * with a common ending ("northwind-deals.example/sale"). Trailing punctuation is not part of
 * the link; CJK text ends it.
 */
final class Urls {

	private static final Pattern SCHEME_OR_WWW = Pattern.compile(
			"(?<![\\w@.-])(?:https?://|www\\.)[^\\s<>\"'\\p{IsHan}\\u3000-\\u303F]+");
	private static final String TRAILING = ".,;:!?)]}'\"*";

	/** A host with a known ending and a path, without scheme or www: "northwind-deals.example/sale". */
	private static final Pattern BARE_WITH_PATH = Pattern.compile(
			"(?<![\\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:" + TopLevelDomains.COMMON + ")/[^\\s<>\"'\\p{IsHan}\\u3000-\\u303F]*");

	private final Pattern bareShortener;
	private final List<String> shortenerPaths;

	Urls(List<String> shorteners) {
		this.shortenerPaths = shorteners.stream().map(domain -> domain + "/").toList();
		String alternatives = shorteners.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse(null);
		this.bareShortener = alternatives == null ? null
				: Pattern.compile("(?<![\\w@./-])(?:" + alternatives + ")/[^\\s<>\"'\\p{IsHan}\\u3000-\\u303F]+");
	}

	record Url(int start, int end, String scheme, String host) {
	}

	/** Links in normalised, case-folded text, in its offsets, in order. */
	List<Url> find(String text) {
		List<Url> urls = new ArrayList<>();
		// Every match holds one of these literals; looking for them first spares most texts the patterns.
		if (text.contains("http") || text.contains("www.")) {
			collect(SCHEME_OR_WWW.matcher(text), urls);
		}
		if (bareShortener != null && shortenerPaths.stream().anyMatch(text::contains)) {
			collect(bareShortener.matcher(text), urls);
		}
		if (text.indexOf('/') >= 0) {
			collect(BARE_WITH_PATH.matcher(text), urls);
		}
		urls.sort(java.util.Comparator.comparingInt(Url::start));
		return urls;
	}

	private static void collect(Matcher m, List<Url> urls) {
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			if (urls.stream().anyMatch(u -> u.start() < m.end() && start < u.end())) {
				continue;
			}
			while (end > start && TRAILING.indexOf(m.group().charAt(end - 1 - start)) >= 0) {
				end--;
			}
			String url = m.group().substring(0, end - start).toLowerCase(Locale.ROOT);
			int schemeEnd = url.indexOf("://");
			String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd);
			String rest = schemeEnd < 0 ? url : url.substring(schemeEnd + 3);
			int hostEnd = rest.length();
			for (char c : new char[] { '/', '?', '#', ':' }) {
				int at = rest.indexOf(c);
				if (at >= 0 && at < hostEnd) {
					hostEnd = at;
				}
			}
			String host = rest.substring(0, hostEnd);
			int userInfo = host.lastIndexOf('@');
			if (userInfo >= 0) {
				host = host.substring(userInfo + 1);
			}
			if (!host.isEmpty()) {
				urls.add(new Url(start, end, scheme, host));
			}
		}
	}
}
