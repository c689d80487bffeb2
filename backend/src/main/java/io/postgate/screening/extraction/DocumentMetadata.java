package io.postgate.screening.extraction;

import java.util.List;

/**
 * The metadata Postgate cares about, as the file states it. Absent values are {@code null};
 * {@code created} is the file's own ISO-8601 text, which may lack a time zone.
 *
 * @param authors creators named in the file (Office/PDF author, image artist)
 * @param lastModifiedBy who saved the file last, where the format records it
 * @param location where a photo was taken, from EXIF GPS; for a document, the first embedded
 *        image that carries one
 */
public record DocumentMetadata(
		List<String> authors,
		String lastModifiedBy,
		String copyright,
		String title,
		String created,
		GeoLocation location) {

	public static final DocumentMetadata NONE = new DocumentMetadata(List.of(), null, null, null, null, null);

	public DocumentMetadata {
		authors = List.copyOf(authors);
	}

	public boolean hasLocation() {
		return location != null;
	}
}
