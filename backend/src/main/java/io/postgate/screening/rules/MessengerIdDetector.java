package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/**
 * WeChat ids and QQ numbers of private persons ("加我微信 lumen_tea_88", "vx：Amy_beauty66", "QQ：384756291"). An id
 * counts only right after its label, so order numbers, prices and dates stay clean, and the company's own accounts
 * (brand.yaml {@code officialContacts.wechat} and {@code .qq}) are company data. Payment and official-account
 * mentions (微信支付, WeChat Pay, 微信公众号：Northwind茶) have no id after the label.
 */
final class MessengerIdDetector {

	private static final String LEGAL = "《中华人民共和国个人信息保护法》第十三条、第二十八条; GDPR Art. 5, 6";
	/** After a separator that names the id (a colon, 是, 为, a bracket), or just a space or nothing. */
	private static final String SEPARATOR = "(?<separator> ?(?:[:=(]|是|为)? ?)";
	/** 微信, its look-alikes (威信, 薇信, v信, vx, 加v) and English labels, each optionally followed by "号" or "id". */
	private static final Pattern WECHAT = Pattern.compile("(?<label>(?:微信|威信|薇信|徽信|v信)号?|(?<![a-z0-9_])(?:vx|wx|wechat|weixin)"
			+ "(?: ?(?:id|号))?(?![a-z0-9_])|加v(?![a-z0-9_]))" + SEPARATOR + "(?<id>[a-z][a-z0-9_-]{5,19})(?![a-z0-9_-]|\\.[a-z]|@)");
	/** QQ, 扣扣 or 企鹅号, optionally followed by "号", "号码", "number" or "id"; QQ numbers have 5 to 11 digits. */
	private static final Pattern QQ = Pattern.compile("(?:(?<![a-z0-9_@.])qq|扣扣|企鹅号)(?: ?(?:号码?|number|no\\.?|id))?"
			+ SEPARATOR + "(?<id>[1-9]\\d{4,10})(?!\\d|[.,]\\d)");
	private static final StartCharacters WECHAT_SCAN = StartCharacters.of(WECHAT);
	private static final StartCharacters QQ_SCAN = StartCharacters.of(QQ);

	private final Set<String> officialIds;

	MessengerIdDetector(BrandGlossary brand) {
		this.officialIds = Set.copyOf(brand.officialMessengerIds().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList());
	}

	List<Finding> find(NormalisedText text) {
		List<Finding> findings = new ArrayList<>();
		WECHAT_SCAN.matchesWithGroups(text.text(), match -> {
			if (isPrivate(match) && (namedAsId(match) || looksLikeAnId(match.group("id")))) {
				findings.add(finding(text, match, "pii-wechat-id", "A private person's WeChat id is personal data."));
			}
		});
		QQ_SCAN.matchesWithGroups(text.text(), match -> {
			if (isPrivate(match)) {
				findings.add(finding(text, match, "pii-qq-number", "A private person's QQ number is personal data."));
			}
		});
		return findings;
	}

	private boolean isPrivate(Matcher match) {
		return !officialIds.contains(match.group("id"));
	}

	/**
	 * "微信号 …", "WeChat ID …", "微信：…": the text says that an id follows. After an English label and a colon a word
	 * may still be prose ("on WeChat: search Northwind").
	 */
	private static boolean namedAsId(Matcher match) {
		String label = match.group("label");
		boolean chineseLabel = label.codePoints().anyMatch(Character::isIdeographic);
		return label.endsWith("号") || label.endsWith("id") || (chineseLabel && !match.group("separator").isBlank());
	}

	/** Otherwise a word after the label may be prose ("WeChat Official"): an id has a digit, '_' or '-'. */
	private static boolean looksLikeAnId(String id) {
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '_' || c == '-' || (c >= '0' && c <= '9')) {
				return true;
			}
		}
		return false;
	}

	private static Finding finding(NormalisedText text, Matcher match, String ruleId, String message) {
		return Findings.at(text, match.start("id"), match.end("id"), FindingCategory.PII, ruleId, Severity.BLOCKER, message,
				"Remove it, or ask the person to contact you privately; name only the brand's official accounts.", LEGAL);
	}
}
