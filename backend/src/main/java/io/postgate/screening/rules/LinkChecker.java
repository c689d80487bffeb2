package io.postgate.screening.rules;

import java.util.ArrayList;
import java.util.List;

import io.postgate.screening.Finding;
import io.postgate.screening.FindingCategory;
import io.postgate.screening.Severity;

/** LINK: links that are not https, lead outside the allowed domains, or hide behind a URL shortener. */
final class LinkChecker {

	private static final String LEGAL = "Brand link policy (brand.yaml); 《中华人民共和国广告法》第四十四条";

	private final BrandGlossary brand;

	LinkChecker(BrandGlossary brand) {
		this.brand = brand;
	}

	List<Finding> check(NormalisedText text, List<Urls.Url> urls) {
		List<Finding> findings = new ArrayList<>();
		for (Urls.Url url : urls) {
			boolean shortener = matchesDomain(url.host(), brand.shorteners(), true);
			boolean allowed = matchesDomain(url.host(), brand.allowedDomains(), brand.allowSubdomains());
			boolean insecure = brand.requireHttps() && "http".equals(url.scheme());
			String suggestion = brand.allowedDomains().isEmpty() ? null
					: "Link to https://" + brand.allowedDomains().get(0) + "/... directly.";
			if (shortener) {
				findings.add(Findings.at(text, url.start(), url.end(), FindingCategory.LINK, "link-shortener",
						Severity.WARNING, "A shortened link hides where it leads; readers and reviewers cannot check it.",
						suggestion, LEGAL));
			}
			else if (!allowed) {
				findings.add(Findings.at(text, url.start(), url.end(), FindingCategory.LINK, "link-domain",
						Severity.WARNING, "The link leads to " + url.host() + ", which is not an allowed domain ("
								+ String.join(", ", brand.allowedDomains()) + ")" + (insecure ? " and does not use https." : "."),
						suggestion, LEGAL));
			}
			else if (insecure) {
				findings.add(Findings.at(text, url.start(), url.end(), FindingCategory.LINK, "link-insecure",
						Severity.WARNING, "The link uses plain http; use https.",
						secureForm(text, url), LEGAL));
			}
		}
		return findings;
	}

	private static String secureForm(NormalisedText text, Urls.Url url) {
		NormalisedText.Span span = text.toOriginal(url.start(), url.end());
		return text.original().substring(span.start(), span.end()).replaceFirst("(?i)^http://", "https://");
	}

	static boolean matchesDomain(String host, List<String> domains, boolean subdomains) {
		String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		for (String domain : domains) {
			if (h.equals(domain) || subdomains && h.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}
}
