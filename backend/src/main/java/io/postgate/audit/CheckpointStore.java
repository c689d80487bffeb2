package io.postgate.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Signed checkpoints as files in an append-only directory outside the database, one sub-directory per
 * chain: {@code <directory>/<chainId>/checkpoint-<size>.json}. A file is never overwritten.
 */
final class CheckpointStore {

	private static final Pattern FILE = Pattern.compile("checkpoint-(\\d{12})\\.json");
	private static final Pattern CHAIN_ID = Pattern.compile("[0-9A-Fa-f-]{36}");

	private final Path directory;
	private final CheckpointSigner signer;
	private final ObjectMapper json;
	private final Clock clock;

	CheckpointStore(Path directory, CheckpointSigner signer, ObjectMapper json, Clock clock) {
		this.directory = directory;
		this.signer = signer;
		this.json = json;
		this.clock = clock;
	}

	/** Signs and writes a checkpoint of {@code size} entries; if one exists for that size already, returns it. */
	AuditCheckpoint write(String chainId, long size, String headHash) {
		if (size < 1) {
			throw new IllegalArgumentException("a checkpoint covers at least one entry");
		}
		Path file = file(chainId, size);
		if (Files.exists(file)) {
			return read(file).orElseThrow(() -> new IllegalStateException("unreadable checkpoint " + file));
		}
		AuditCheckpoint unsigned = new AuditCheckpoint(chainId, size, headHash, clock.instant().truncatedTo(ChronoUnit.MILLIS),
				signer.keyId(), null);
		AuditCheckpoint signed = new AuditCheckpoint(chainId, size, headHash, unsigned.createdAt(), signer.keyId(),
				signer.sign(unsigned.signedText()));
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), ".checkpoint-", ".tmp");
			json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), signed);
			try {
				Files.move(temporary, file);
			}
			catch (FileAlreadyExistsException raced) {
				Files.deleteIfExists(temporary);
				return read(file).orElse(signed);
			}
			return signed;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write audit checkpoint " + file, e);
		}
	}

	/** Every checkpoint of the chain, in size order, each with the outcome of its signature check. */
	List<LoadedCheckpoint> load(String chainId) {
		List<LoadedCheckpoint> loaded = new ArrayList<>();
		for (Path file : files(chainId)) {
			Optional<AuditCheckpoint> checkpoint = read(file);
			loaded.add(new LoadedCheckpoint(file.getFileName().toString(), checkpoint.orElse(null),
					checkpoint.filter(c -> c.chainId().equals(chainId) && signer.verifies(c)).isPresent()));
		}
		return loaded;
	}

	long latestSize(String chainId) {
		List<Path> files = files(chainId);
		return files.isEmpty() ? 0 : size(files.get(files.size() - 1));
	}

	String publicKeyPem() {
		return signer.publicKeyPem();
	}

	private List<Path> files(String chainId) {
		Path chainDirectory = chainDirectory(chainId);
		if (!Files.isDirectory(chainDirectory)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(chainDirectory)) {
			return listing.filter(path -> FILE.matcher(path.getFileName().toString()).matches()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list audit checkpoints in " + chainDirectory, e);
		}
	}

	private Optional<AuditCheckpoint> read(Path file) {
		try {
			return Optional.of(json.readValue(file.toFile(), AuditCheckpoint.class));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	private Path file(String chainId, long size) {
		return chainDirectory(chainId).resolve("checkpoint-%012d.json".formatted(size));
	}

	private Path chainDirectory(String chainId) {
		if (!CHAIN_ID.matcher(chainId).matches()) {
			throw new IllegalStateException("the audit chain id is not a UUID: " + chainId);
		}
		return directory.resolve(chainId);
	}


	private static long size(Path file) {
		Matcher matcher = FILE.matcher(file.getFileName().toString());
		return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
	}
}
