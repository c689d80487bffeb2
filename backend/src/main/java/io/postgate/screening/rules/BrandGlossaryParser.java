package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and validates brand.yaml: glossary, link policy and official contact points (phones, WeChat ids, QQ numbers). */
final class BrandGlossaryParser {

	private static final Set<String> ROOT_KEYS = Set.of("version", "brand", "matching", "glossary", "links",
			"officialContacts");
	private static final Set<String> TERM_KEYS = Set.of("term", "type", "description", "wrong");
	private static final Set<String> CONTACT_KEYS = Set.of("phones", "wechat", "qq");
	private static final Set<String> LINK_KEYS = Set.of("allowedDomains", "allowSubdomains", "requireHttps",
			"shorteners");

	private BrandGlossaryParser() {
	}

	static BrandGlossary parse(String file, String content) {
		YamlNode root = YamlNode.parse(file, content).onlyKeys(ROOT_KEYS);
		String version = root.get("version").nonBlankText();
		String brand = root.get("brand").nonBlankText();
		if (root.has("matching")) {
			YamlNode matching = root.get("matching");
			for (String key : List.of("caseSensitive", "wholeWord")) {
				if (matching.has(key) && !matching.get(key).bool()) {
					throw matching.get(key).error(key + ": false is not supported; wrong variants are matched "
							+ "case-sensitively as whole words");
				}
			}
		}
		List<BrandGlossary.Term> terms = new ArrayList<>();
		for (YamlNode node : root.has("glossary") ? root.get("glossary").list() : List.<YamlNode>of()) {
			node.onlyKeys(TERM_KEYS);
			String term = node.get("term").nonBlankText();
			List<String> wrong = node.has("wrong") ? node.get("wrong").texts() : List.of();
			for (String variant : wrong) {
				if (variant.equals(term)) {
					throw node.get("wrong").error("wrong variant '" + variant + "' equals the correct form");
				}
			}
			String type = node.has("type") ? node.get("type").nonBlankText() : "term";
			terms.add(new BrandGlossary.Term(term, type, wrong));
		}
		YamlNode links = root.get("links").onlyKeys(LINK_KEYS);
		List<String> domains = links.get("allowedDomains").texts().stream()
			.map(d -> d.toLowerCase(Locale.ROOT))
			.toList();
		for (String domain : domains) {
			if (!domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
				throw links.get("allowedDomains").error("'" + domain + "' is not a domain name");
			}
		}
		boolean subdomains = !links.has("allowSubdomains") || links.get("allowSubdomains").bool();
		boolean https = !links.has("requireHttps") || links.get("requireHttps").bool();
		List<String> shorteners = links.has("shorteners")
				? links.get("shorteners").texts().stream().map(d -> d.toLowerCase(Locale.ROOT)).toList() : List.of();
		List<String> phones = List.of();
		List<String> messengerIds = new ArrayList<>();
		if (root.has("officialContacts")) {
			YamlNode contacts = root.get("officialContacts").onlyKeys(CONTACT_KEYS);
			if (contacts.has("phones")) {
				phones = contacts.get("phones").texts();
				for (String phone : phones) {
					if (phone.replaceAll("\\D", "").length() < 5) {
						throw contacts.get("phones").error("'" + phone + "' is not a phone number");
					}
				}
			}
			messengerIds.addAll(accounts(contacts, "wechat", "[A-Za-z][A-Za-z0-9_-]{5,19}", "a WeChat id"));
			messengerIds.addAll(accounts(contacts, "qq", "[1-9][0-9]{4,10}", "a QQ number"));
		}
		return new BrandGlossary(brand, version, terms, domains, subdomains, https, shorteners, phones, messengerIds);
	}

	private static List<String> accounts(YamlNode contacts, String key, String format, String what) {
		if (!contacts.has(key)) {
			return List.of();
		}
		List<String> accounts = contacts.get(key).texts();
		for (String account : accounts) {
			if (!account.matches(format)) {
				throw contacts.get(key).error("'" + account + "' is not " + what);
			}
		}
		return accounts;
	}
}
