package io.postgate.screening.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;

/**
 * MISSING_DISCLOSURE for sponsored posts. A disclosure phrase counts when it stands in the title, or
 * starts within the first {@code bodyChars} UTF-16 units of the body and is not preceded by
 * {@code hashtagsBefore} or more hashtags in a row. Negated look-alikes ("not sponsored", 不是广告)
 * are exceptions of the disclosure rules and never count. The finding points at nothing: it is an
 * absence, reported at offset 0 with length 0.
 */
final class DisclosureChecker {

	private final List<RulePack> conditionPacks;
	private final Map<PhraseRule, RulePack> packOfRule = new IdentityHashMap<>();

	DisclosureChecker(List<RulePack> packs) {
		this.conditionPacks = packs.stream().filter(p -> p.condition() != null).toList();
		conditionPacks.forEach(pack -> pack.rules().forEach(rule -> packOfRule.put(rule, pack)));
	}

	boolean isConditionRule(PhraseRule rule) {
		return packOfRule.containsKey(rule);
	}

	List<Finding> check(String original, int titleLength, List<BlockFindings.DisclosureSighting> disclosures) {
		for (RulePack pack : conditionPacks) {
			DisclosureCondition condition = pack.condition();
			boolean disclosed = disclosures.stream()
				.filter(sighting -> packOfRule.get(sighting.rule()) == pack)
				.anyMatch(sighting -> conspicuous(original, titleLength, sighting.start(), condition));
			if (!disclosed) {
				return List.of(Findings.original(original, 0, 0, FindingCategory.MISSING_DISCLOSURE, condition.ruleId(), condition.severity(),
						condition.message(), condition.suggestion(), condition.legalReference()));
			}
		}
		return List.of();
	}

	private static boolean conspicuous(String original, int titleLength, int start, DisclosureCondition condition) {
		if (start < titleLength) {
			return condition.titleCounts();
		}
		int bodyStart = titleLength + 1;
		if (start - bodyStart >= condition.bodyChars()) {
			return false;
		}
		return hashtagsRightBefore(original, bodyStart, tokenStart(original, bodyStart, start)) < condition.hashtagsBefore();
	}

	/** Where the white-space separated token holding {@code at} begins: "#ad" for a hit on "ad" in it. */
	private static int tokenStart(String original, int from, int at) {
		int start = at;
		while (start > from && !Character.isWhitespace(original.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** How many hashtags stand in a row, separated only by white space, right before {@code at}. */
	static int hashtagsRightBefore(String original, int from, int at) {
		String[] tokens = original.substring(from, at).strip().split("\\s+");
		int count = 0;
		for (int i = tokens.length - 1; i >= 0; i--) {
			String token = tokens[i];
			if (token.length() > 1 && (token.charAt(0) == '#' || token.charAt(0) == '＃')) {
				count++;
			}
			else {
				break;
			}
		}
		return count;
	}
}
