package io.postgate.content;

import io.postgate.web.ApiProblem;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * Attachment bytes stored once per SHA-256 under the attachment directory; revisions link to them by
 * hash. The media type is detected from the bytes (magic numbers), never taken from the client.
 */
@Component
class Attachments {

	private final JdbcClient jdbc;
	private final ContentProperties properties;
	private final Clock clock;
	private final Tika detector = new Tika();

	Attachments(JdbcClient jdbc, ContentProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	Revision.AttachmentRef store(byte[] bytes, String fileName) {
		if (bytes.length == 0) {
			throw ApiProblem.badRequest("file: the upload is empty");
		}
		if (bytes.length > properties.maxAttachmentSize().toBytes()) {
			throw ApiProblem.tooLarge("file: " + bytes.length + " bytes is more than the " + properties.maxAttachmentSize() + " allowed");
		}
		String safeName = safeFileName(fileName);
		String mediaType = detector.detect(bytes, safeName);
		if (!properties.attachmentTypes().contains(mediaType)) {
			throw new ApiProblem(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported attachment type",
					"file: " + mediaType + " is not an accepted attachment type");
		}
		String sha256 = Fingerprint.sha256(bytes);
		writeOnce(sha256, bytes);
		boolean known = jdbc.sql("select count(*) from attachment_blob where sha256 = ?").param(sha256).query(Integer.class).single() > 0;
		if (!known) {
			jdbc.sql("insert into attachment_blob (sha256, media_type, size_bytes, created_at) values (?, ?, ?, ?)")
					.params(sha256, mediaType, bytes.length, java.sql.Timestamp.from(clock.instant())).update();
		}
		return new Revision.AttachmentRef(sha256, safeName, mediaType, bytes.length);
	}

	void link(String contentId, int revision, Revision.AttachmentRef ref) {
		jdbc.sql("delete from content_attachment where content_id = ? and revision = ? and sha256 = ?")
				.params(contentId, revision, ref.sha256()).update();
		jdbc.sql("insert into content_attachment (content_id, revision, sha256, file_name) values (?, ?, ?, ?)")
				.params(contentId, revision, ref.sha256(), ref.fileName()).update();
	}

	List<Revision.AttachmentRef> of(String contentId, int revision) {
		return jdbc.sql("""
				select a.sha256, a.file_name, b.media_type, b.size_bytes from content_attachment a
				join attachment_blob b on b.sha256 = a.sha256
				where a.content_id = ? and a.revision = ? order by a.file_name""")
				.params(contentId, revision)
				.query((rs, row) -> new Revision.AttachmentRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
				.list();
	}

	byte[] read(String sha256) {
		try {
			return Files.readAllBytes(path(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Keeps only the last path segment and printable characters: no traversal, no control characters. */
	static String safeFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "attachment";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private void writeOnce(String sha256, byte[] bytes) {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
			Files.write(temp, bytes);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String sha256) {
		return properties.attachmentDir().resolve(sha256.substring(0, 2)).resolve(sha256);
	}
}
