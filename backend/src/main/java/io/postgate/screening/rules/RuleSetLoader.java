package io.postgate.screening.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the rule set: the packaged {@code rules/} folder from the classpath, plus an optional
 * external folder ({@code postgate.rules.location}) whose {@code packs/*.yaml} add packs (a pack
 * with a packaged pack's id replaces it) and whose {@code brand.yaml}, {@code platforms.yaml} and
 * {@code ruleset.yaml} replace the packaged ones. Every file is validated; the first problem fails
 * the load with an {@link InvalidRuleFileException} naming file and line.
 */
public final class RuleSetLoader {

	private static final String CLASSPATH_ROOT = "rules/";

	private final Path externalLocation;

	/** @param externalLocation the organisation's rules folder, or null for the packaged rules only */
	public RuleSetLoader(Path externalLocation) {
		this.externalLocation = externalLocation;
	}

	public RuleSet load() {
		Map<String, RuleFile> files = new TreeMap<>(packagedFiles());
		if (externalLocation != null) {
			if (!Files.isDirectory(externalLocation)) {
				throw new InvalidRuleFileException(externalLocation.toString(), 0,
						"postgate.rules.location is not a folder");
			}
			files.putAll(externalFiles());
		}
		RuleFile rulesetFile = require(files, "ruleset.yaml");
		YamlNode ruleset = YamlNode.parse(rulesetFile.name(), rulesetFile.content())
			.onlyKeys(java.util.Set.of("version", "description"));
		String version = ruleset.get("version").nonBlankText();

		RuleFile brandFile = require(files, "brand.yaml");
		BrandGlossary brand = BrandGlossaryParser.parse(brandFile.name(), brandFile.content());
		RuleFile platformsFile = require(files, "platforms.yaml");
		PlatformLimitsParser.Result platforms = PlatformLimitsParser.parse(platformsFile.name(),
				platformsFile.content());

		Map<String, RulePack> packsById = new LinkedHashMap<>();
		Map<String, String> ruleOwners = new java.util.HashMap<>();
		List<String> packKeys = files.keySet().stream().filter(k -> k.startsWith("packs/")).sorted().toList();
		// Packaged packs first, then external ones, so an external pack can replace a packaged one by id.
		List<RuleFile> packFiles = new ArrayList<>();
		packKeys.stream().map(files::get).filter(f -> !f.external()).forEach(packFiles::add);
		packKeys.stream().map(files::get).filter(RuleFile::external).forEach(packFiles::add);
		for (RuleFile file : packFiles) {
			RulePack pack = RulePackParser.parse(file.name(), file.content());
			RulePack replaced = packsById.get(pack.id());
			if (replaced != null && !(file.external() && !isExternal(replaced))) {
				throw new InvalidRuleFileException(file.name(), 1,
						"pack id '" + pack.id() + "' is already used by " + replaced.source());
			}
			if (replaced != null) {
				replaced.rules().forEach(r -> ruleOwners.remove(r.id()));
			}
			packsById.put(pack.id(), pack);
		}
		for (RulePack pack : packsById.values()) {
			for (PhraseRule rule : pack.rules()) {
				String other = ruleOwners.putIfAbsent(rule.id(), pack.source());
				if (other != null) {
					throw new InvalidRuleFileException(pack.source(), 1,
							"rule id '" + rule.id() + "' is also used in " + other);
				}
			}
		}
		String hash = hash(files, packsById.values(), brandFile, platformsFile, rulesetFile);
		return new RuleSet(version, hash, List.copyOf(packsById.values()), brand, platforms.platforms());
	}

	private static boolean isExternal(RulePack pack) {
		return pack.source().startsWith("external:");
	}

	private static RuleFile require(Map<String, RuleFile> files, String name) {
		RuleFile file = files.get(name);
		if (file == null) {
			throw new InvalidRuleFileException(CLASSPATH_ROOT + name, 0, "required rule file is missing");
		}
		return file;
	}

	/** The hash covers exactly the files in effect, in a fixed order, each with its logical name. */
	private static String hash(Map<String, RuleFile> files, java.util.Collection<RulePack> packs, RuleFile... others) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<RuleFile> used = new ArrayList<>(List.of(others));
			for (RulePack pack : packs) {
				files.values().stream().filter(f -> f.name().equals(pack.source())).forEach(used::add);
			}
			used.sort(java.util.Comparator.comparing(RuleFile::name));
			for (RuleFile file : used) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, RuleFile> packagedFiles() {
		Map<String, RuleFile> files = new LinkedHashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				RuleSetLoader.class.getClassLoader());
		try {
			for (String pattern : List.of("*.yaml", "packs/*.yaml")) {
				for (Resource resource : resolver.getResources("classpath*:" + CLASSPATH_ROOT + pattern)) {
					String key = pattern.startsWith("packs/") ? "packs/" + resource.getFilename() : resource.getFilename();
					String content = new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8);
					RuleFile previous = files.put(key, new RuleFile(CLASSPATH_ROOT + key, content, false));
					if (previous != null && !previous.content().equals(content)) {
						throw new InvalidRuleFileException(CLASSPATH_ROOT + key, 0,
								"the classpath holds two different copies of this file");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the packaged rules", ex);
		}
		return files;
	}

	private Map<String, RuleFile> externalFiles() {
		Map<String, RuleFile> files = new LinkedHashMap<>();
		for (String name : List.of("ruleset.yaml", "brand.yaml", "platforms.yaml")) {
			Path path = externalLocation.resolve(name);
			if (Files.isRegularFile(path)) {
				files.put(name, new RuleFile("external:" + path, read(path), true));
			}
		}
		Path packs = externalLocation.resolve("packs");
		if (Files.isDirectory(packs)) {
			try (Stream<Path> list = Files.list(packs)) {
				for (Path path : list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
					// Keyed apart from packaged packs: replacement happens by pack id, not file name.
					files.put("packs/~external/" + path.getFileName(), new RuleFile("external:" + path, read(path), true));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list " + packs, ex);
			}
		}
		return files;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	private record RuleFile(String name, String content, boolean external) {
	}
}
