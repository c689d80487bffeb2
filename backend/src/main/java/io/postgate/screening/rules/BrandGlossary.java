package io.postgate.screening.rules;

import java.util.List;

/** The brand glossary, link policy and official contact points (phones, WeChat ids, QQ numbers) from brand.yaml. */
record BrandGlossary(
		String brand,
		String version,
		List<Term> terms,
		List<String> allowedDomains,
		boolean allowSubdomains,
		boolean requireHttps,
		List<String> shorteners,
		List<String> officialPhones,
		List<String> officialMessengerIds) {

	BrandGlossary {
		terms = List.copyOf(terms);
		allowedDomains = List.copyOf(allowedDomains);
		shorteners = List.copyOf(shorteners);
		officialPhones = List.copyOf(officialPhones);
		officialMessengerIds = List.copyOf(officialMessengerIds);
	}

	record Term(String term, String type, List<String> wrong) {

		Term {
			wrong = List.copyOf(wrong);
		}
	}
}
