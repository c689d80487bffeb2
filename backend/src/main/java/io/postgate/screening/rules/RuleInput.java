package io.postgate.screening.rules;

/**
 * What the rule engine screens. {@code language} is a tag such as "en-US" or "zh-CN" (null: every
 * pack applies); {@code platform} may be null (then no platform limits are checked). Findings'
 * offsets are UTF-16 indices into {@code title + "\n" + body}.
 */
public record RuleInput(String title, String body, String language, String platform, boolean sponsored) {

	public RuleInput {
		title = title == null ? "" : title;
		body = body == null ? "" : body;
	}

	public String screenedText() {
		return title + "\n" + body;
	}
}
