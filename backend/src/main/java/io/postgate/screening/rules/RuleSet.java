package io.postgate.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded, validated and immutable rule set: packs, brand glossary and platform limits, with
 * the version and the SHA-256 hash (hex) over the contents of every file used, so a report can
 * name exactly which rules screened it.
 */
public final class RuleSet {

	private final String version;
	private final String hash;
	private final List<RulePack> packs;
	private final BrandGlossary brand;
	private final Map<String, PlatformLimits> platforms;

	RuleSet(String version, String hash, List<RulePack> packs, BrandGlossary brand,
			Map<String, PlatformLimits> platforms) {
		this.version = version;
		this.hash = hash;
		this.packs = List.copyOf(packs);
		this.brand = brand;
		this.platforms = Map.copyOf(platforms);
	}

	public String version() {
		return version;
	}

	public String hash() {
		return hash;
	}

	public List<PackVersion> packVersions() {
		return packs.stream().map(p -> new PackVersion(p.id(), p.version())).toList();
	}

	public Set<String> platformIds() {
		return platforms.keySet();
	}

	List<RulePack> packs() {
		return packs;
	}

	BrandGlossary brand() {
		return brand;
	}

	Map<String, PlatformLimits> platforms() {
		return platforms;
	}
}
