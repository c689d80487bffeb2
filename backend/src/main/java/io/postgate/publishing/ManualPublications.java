package io.postgate.publishing;

import io.postgate.content.Contents;
import io.postgate.content.Platform;
import io.postgate.content.Revision;
import io.postgate.web.ApiProblem;
import org.apache.tika.Tika;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assisted publishing: the copy pack a person publishes from by hand, and the proof they record afterwards (the post's
 * URL, a screenshot, and the text as it was published). The recorded text is compared with the approved text of the
 * platform (the approved revision, whose fingerprint publishing has checked); a mismatch is kept on the delivery and
 * published as {@link PublishingEvents.PublishedTextMismatch} for compliance.
 */
@Service
public class ManualPublications {

	static final Set<String> SCREENSHOT_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");
	private static final int MAX_TEXT = 100_000;

	private final Contents contents;
	private final Channels channels;
	private final JdbcClient jdbc;
	private final PublishingProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Tika detector = new Tika();

	ManualPublications(Contents contents, Channels channels, JdbcClient jdbc, PublishingProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.contents = contents;
		this.channels = channels;
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Everything a person needs to publish one destination by hand, exactly as approved. */
	public CopyPack copyPack(String contentId, int revisionNumber, String platformId) {
		Platform platform = Platform.ofId(platformId).orElseThrow();
		Revision revision = contents.revision(contentId, revisionNumber);
		RenderedPost post = RenderedPost.of(contentId, revision, platform);
		List<Media> media = revision.attachments().stream()
				.map(attachment -> new Media(attachment.sha256(), attachment.fileName(), attachment.mediaType(), attachment.sizeBytes())).toList();
		return new CopyPack(contentId, revisionNumber, platform.id(), channels.forPlatform(platform.id()).accountName(), post.title(), post.body(),
				post.plainText(), media, post.fingerprint(), post.idempotencyKey());
	}

	/** The attachment of the revision with this hash (for the copy pack's media links); 404 for any other hash. */
	public byte[] media(String contentId, int revisionNumber, String sha256) {
		boolean attached = contents.revision(contentId, revisionNumber).attachments().stream().anyMatch(a -> a.sha256().equals(sha256));
		if (!attached) {
			throw ApiProblem.notFound("no attachment " + sha256 + " on revision " + revisionNumber);
		}
		return contents.attachmentBytes(sha256);
	}

	/**
	 * Records the destination as published by hand; validation errors name the field. Only a delivery that waits for a
	 * person can be recorded.
	 */
	@Transactional
	public Delivery record(String contentId, int revision, String platformId, Proof proof, String actor) {
		String postUrl = postUrl(proof.postUrl());
		String published = proof.publishedText() == null ? "" : proof.publishedText();
		if (published.isBlank() || published.length() > MAX_TEXT) {
			throw ApiProblem.badRequest("publishedText: paste the text as it was published (at most " + MAX_TEXT + " characters)");
		}
		String screenshotType = screenshotType(proof.screenshot());
		Platform platform = Platform.ofId(platformId).orElseThrow();
		String approved = RenderedPost.of(contentId, contents.revision(contentId, revision), platform).plainText();
		boolean matches = normalized(approved).equals(normalized(published));
		String screenshotSha = sha256(proof.screenshot());
		store(screenshotSha, proof.screenshot());
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("update delivery set state = ?, remote_url = ?, published_text = ?, text_matches = ?, "
				+ "proof_sha256 = ?, proof_media_type = ?, recorded_by = ?, last_error = null, published_at = ?, updated_at = ? "
				+ "where content_id = ? and revision = ? and platform = ? and state = ?")
				.params(Delivery.PUBLISHED, postUrl, published, matches, screenshotSha, screenshotType, actor, now, now, contentId, revision,
						platform.id(), Delivery.AWAITING_PERSON)
				.update();
		if (updated == 0) {
			throw ApiProblem.conflict("the " + platform.id() + " destination of " + contentId + " is not waiting to be published by hand");
		}
		events.publishEvent(new PublishingEvents.ManualPublicationRecorded(contentId, revision, platform.id(), actor, postUrl, matches,
				sha256(normalized(approved).getBytes(StandardCharsets.UTF_8)), sha256(normalized(published).getBytes(StandardCharsets.UTF_8)),
				screenshotSha));
		if (!matches) {
			events.publishEvent(new PublishingEvents.PublishedTextMismatch(contentId, revision, platform.id(), actor, postUrl));
		}
		return jdbc.sql(Delivery.SELECT + "where content_id = ? and revision = ? and platform = ?").params(contentId, revision, platform.id())
				.query(Delivery::read).single();
	}

	/**
	 * What counts as the same text: Unicode NFC, line breaks as \n, no trailing blanks on a line, no blank lines at either
	 * end. A platform that reflows spaces inside a line, drops a character or changes a word is a mismatch.
	 */
	static String normalized(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		return nfc.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
	}

	private static String postUrl(String url) {
		String trimmed = url == null ? "" : url.trim();
		try {
			URI uri = new URI(trimmed);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && trimmed.length() <= 1000) {
				return trimmed;
			}
		}
		catch (URISyntaxException e) {
			// reported below
		}
		throw ApiProblem.badRequest("postUrl: the http(s) address of the published post, at most 1000 characters");
	}

	private String screenshotType(byte[] screenshot) {
		if (screenshot == null || screenshot.length == 0) {
			throw ApiProblem.badRequest("screenshot: a screenshot of the published post is required");
		}
		String type = detector.detect(screenshot);
		if (!SCREENSHOT_TYPES.contains(type)) {
			throw ApiProblem.badRequest("screenshot: must be an image (" + String.join(", ", SCREENSHOT_TYPES.stream().sorted().toList())
					+ "), not " + type);
		}
		return type;
	}

	private void store(String sha256, byte[] bytes) {
		Path file = properties.proofDir().resolve(sha256);
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file)) {
				Path temp = Files.createTempFile(file.getParent(), sha256, ".part");
				Files.write(temp, bytes);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the screenshot", e);
		}
	}

	/**
	 * The screenshot recorded with a delivery published by hand, read back from the proof store; empty when the
	 * delivery has none, or when the stored file is missing or no longer has the recorded hash.
	 */
	public Optional<byte[]> screenshot(Delivery delivery) {
		String sha = delivery.proofSha256();
		if (sha == null || !sha.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		try {
			byte[] bytes = Files.readAllBytes(properties.proofDir().resolve(sha));
			return sha256(bytes).equals(sha) ? Optional.of(bytes) : Optional.empty();
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read the screenshot " + sha, e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 unavailable", e);
		}
	}

	/** The exact text to publish ({@code text}: title, empty line, body), the media to attach, and the approved fingerprint. */
	public record CopyPack(String contentId, int revision, String platform, String accountName, String title, String body, String text,
			List<Media> media, String fingerprint, String idempotencyKey) {
	}

	public record Media(String sha256, String fileName, String mediaType, long sizeBytes) {
	}

	/** What the person records: the post's address, the text as published, and a screenshot. */
	public record Proof(String postUrl, String publishedText, byte[] screenshot) {
	}
}
