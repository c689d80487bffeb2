package io.postgate.screening.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks a zip container (docx, xlsx, pptx, odt, zip) without keeping anything, counting bytes, and
 * stops as soon as the unpacked total passes {@code maxRatio} times the file size. Runs in the child
 * JVM before Tika sees the file: a docx whose XML inflates 1,000× would otherwise be parsed into memory
 * first. Small files get a grace allowance so a tiny but legitimately repetitive file is not refused.
 */
final class CompressionCheck {

	private static final long GRACE_BYTES = 2L * 1024 * 1024;

	private final int maxRatio;

	CompressionCheck(int maxRatio) {
		this.maxRatio = maxRatio;
	}

	/** True when the archive inflates beyond the ratio; false for a sane archive or one that is not a zip at all. */
	boolean isBomb(byte[] archive) {
		long budget = Math.max(GRACE_BYTES, (long) maxRatio * archive.length);
		long inflated = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
			for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
					continue;
				}
				try (InputStream in = zip.getInputStream(entry)) {
					for (int read; (read = in.read(buffer)) != -1;) {
						inflated += read;
						if (inflated > budget) {
							return true;
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException notReadableAsZip) {
			// Tika will report what is wrong with the file when it parses it.
			return false;
		}
		return false;
	}
}
