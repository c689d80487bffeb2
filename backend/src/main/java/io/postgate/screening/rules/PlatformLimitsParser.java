package io.postgate.screening.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates platforms.yaml. */
final class PlatformLimitsParser {

	private static final Pattern PLATFORM_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
	private static final Set<String> ROOT_KEYS = Set.of("version", "platforms");
	private static final Set<String> PLATFORM_KEYS = Set.of("name", "maxChars", "counting", "maxTitleChars", "maxHashtags",
			"maxLinks", "maxMentions", "hashtagPattern", "basis", "description");

	private PlatformLimitsParser() {
	}

	record Result(String version, Map<String, PlatformLimits> platforms) {
	}

	static Result parse(String file, String content) {
		YamlNode root = YamlNode.parse(file, content).onlyKeys(ROOT_KEYS);
		String version = root.get("version").nonBlankText();
		Map<String, PlatformLimits> platforms = new LinkedHashMap<>();
		for (Map.Entry<String, YamlNode> entry : root.get("platforms").entries().entrySet()) {
			String id = entry.getKey();
			YamlNode node = entry.getValue().onlyKeys(PLATFORM_KEYS);
			if (!PLATFORM_ID.matcher(id).matches()) {
				throw node.error("platform id '" + id + "' must be lower-case letters, digits, '_' and '-'");
			}
			PlatformLimits.Counting counting = PlatformLimits.Counting.CODEPOINTS;
			if (node.has("counting")) {
				counting = switch (node.get("counting").nonBlankText()) {
					case "codepoints" -> PlatformLimits.Counting.CODEPOINTS;
					case "x-weighted" -> PlatformLimits.Counting.X_WEIGHTED;
					default -> throw node.get("counting").error("counting must be 'codepoints' or 'x-weighted'");
				};
			}
			Pattern hashtags;
			try {
				hashtags = Pattern.compile(node.get("hashtagPattern").nonBlankText());
			}
			catch (PatternSyntaxException ex) {
				throw node.get("hashtagPattern").error("invalid regular expression: " + ex.getDescription());
			}
			String name = node.has("name") ? node.get("name").nonBlankText() : id;
			platforms.put(id, new PlatformLimits(id, name, limit(node, "maxChars"), counting, limit(node, "maxTitleChars"),
					limit(node, "maxHashtags"), limit(node, "maxLinks"), limit(node, "maxMentions"), hashtags));
		}
		if (platforms.isEmpty()) {
			throw root.get("platforms").error("no platforms defined");
		}
		return new Result(version, platforms);
	}

	private static Integer limit(YamlNode node, String key) {
		if (!node.has(key)) {
			return null;
		}
		int value = node.get(key).integer();
		if (value < 0) {
			throw node.get(key).error(key + " must not be negative");
		}
		return value;
	}
}
