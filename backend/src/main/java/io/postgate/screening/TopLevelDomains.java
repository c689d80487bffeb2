package io.postgate.screening;

/** Endings of host names common enough in posts that a bare "name.ending" counts as a link. */
public final class TopLevelDomains {

	/** As a regular-expression alternation. */
	public static final String COMMON = "com|net|org|io|co|cn|uk|de|jp|hk|tw|app|dev|shop|store|info|biz"
			+ "|me|tv|ly|gl|ai|example|test|edu|gov";

	private TopLevelDomains() {
	}
}
