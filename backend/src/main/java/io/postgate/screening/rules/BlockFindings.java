package io.postgate.screening.rules;

import java.util.List;

import io.postgate.screening.Finding;

/**
 * What the checks that look at one {@link TextBlock} found there, in offsets of the block: findings,
 * the disclosure phrases seen (whether the post is sponsored is decided for the whole text), and the
 * links (which platform limits count over the whole text).
 */
record BlockFindings(List<Finding> findings, List<DisclosureSighting> disclosures, List<NormalisedText.Span> links) {

	BlockFindings {
		findings = List.copyOf(findings);
		disclosures = List.copyOf(disclosures);
		links = List.copyOf(links);
	}

	/** A disclosure rule's phrase found at an offset of the original text. */
	record DisclosureSighting(PhraseRule rule, int start) {
	}

	void addShiftedTo(int by, List<Finding> allFindings, List<DisclosureSighting> allDisclosures, List<NormalisedText.Span> allLinks) {
		findings.forEach(finding -> allFindings.add(finding.shiftedBy(by)));
		disclosures.forEach(d -> allDisclosures.add(new DisclosureSighting(d.rule(), d.start() + by)));
		links.forEach(link -> allLinks.add(new NormalisedText.Span(link.start() + by, link.end() + by)));
	}
}
