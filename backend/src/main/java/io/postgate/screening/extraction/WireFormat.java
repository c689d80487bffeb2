package io.postgate.screening.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipe protocol between the server and a child JVM: length-prefixed plain data, never Java
 * serialization, so a compromised child can at worst send a wrong answer. Every length read is checked
 * against a bound before anything is allocated.
 *
 * <pre>
 * child → server, once:  int READY
 * server → child:        string fileName, bytes content
 * child → server:        byte PARSED, string mediaType, string text, bool truncated, metadata,
 *                        bool supportedType, strings unreadableParts, strings locatedParts
 *                      | byte FAILED, string failure name, string message
 * </pre>
 */
final class WireFormat {

	static final int READY = 0x50475259;

	private static final byte PARSED = 1;

	private static final byte FAILED = 2;

	private static final int MAX_SHORT_STRING = 64 * 1024;

	private static final int MAX_LIST = 10_000;

	private WireFormat() {
	}

	static void writeRequest(DataOutputStream out, String fileName, byte[] content) throws IOException {
		writeString(out, fileName == null ? "" : fileName);
		out.writeInt(content.length);
		out.write(content);
		out.flush();
	}

	/** Reads one request; returns null when the server closed the pipe. */
	static Request readRequest(DataInputStream in, long maxContentBytes) throws IOException {
		int nameLength;
		try {
			nameLength = in.readInt();
		}
		catch (java.io.EOFException closed) {
			return null;
		}
		String fileName = new String(readBytes(in, nameLength, MAX_SHORT_STRING), StandardCharsets.UTF_8);
		byte[] content = readBytes(in, in.readInt(), maxContentBytes);
		return new Request(fileName, content);
	}

	static void writeReply(DataOutputStream out, WorkerReply reply) throws IOException {
		if (reply instanceof WorkerReply.Parsed parsed) {
			out.writeByte(PARSED);
			writeString(out, parsed.mediaType());
			writeString(out, parsed.text());
			out.writeBoolean(parsed.truncated());
			writeMetadata(out, parsed.metadata());
			out.writeBoolean(parsed.supportedType());
			writeStrings(out, parsed.unreadableParts());
			writeStrings(out, parsed.locatedParts());
		}
		else if (reply instanceof WorkerReply.Failed failed) {
			out.writeByte(FAILED);
			writeString(out, failed.failure().name());
			writeString(out, failed.message());
		}
		out.flush();
	}

	static WorkerReply readReply(DataInputStream in, int maxTextChars) throws IOException {
		byte kind = in.readByte();
		if (kind == FAILED) {
			ExtractionFailure failure = ExtractionFailure.valueOf(readString(in, MAX_SHORT_STRING));
			return new WorkerReply.Failed(failure, readString(in, MAX_SHORT_STRING));
		}
		if (kind != PARSED) {
			throw new IOException("unexpected reply kind " + kind);
		}
		String mediaType = readString(in, MAX_SHORT_STRING);
		// UTF-8 needs at most 3 bytes per UTF-16 char.
		String text = readString(in, 3L * maxTextChars);
		boolean truncated = in.readBoolean();
		DocumentMetadata metadata = readMetadata(in);
		boolean supportedType = in.readBoolean();
		return new WorkerReply.Parsed(mediaType, text, truncated, metadata, supportedType, readStrings(in),
				readStrings(in));
	}

	private static void writeMetadata(DataOutputStream out, DocumentMetadata metadata) throws IOException {
		writeStrings(out, metadata.authors());
		writeNullable(out, metadata.lastModifiedBy());
		writeNullable(out, metadata.copyright());
		writeNullable(out, metadata.title());
		writeNullable(out, metadata.created());
		out.writeBoolean(metadata.hasLocation());
		if (metadata.hasLocation()) {
			out.writeDouble(metadata.location().latitude());
			out.writeDouble(metadata.location().longitude());
		}
	}

	private static DocumentMetadata readMetadata(DataInputStream in) throws IOException {
		List<String> authors = readStrings(in);
		String lastModifiedBy = readNullable(in);
		String copyright = readNullable(in);
		String title = readNullable(in);
		String created = readNullable(in);
		GeoLocation location = in.readBoolean() ? new GeoLocation(in.readDouble(), in.readDouble()) : null;
		return new DocumentMetadata(authors, lastModifiedBy, copyright, title, created, location);
	}

	private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String value : values) {
			writeString(out, value);
		}
	}

	private static List<String> readStrings(DataInputStream in) throws IOException {
		int size = in.readInt();
		if (size < 0 || size > MAX_LIST) {
			throw new IOException("list size out of bounds: " + size);
		}
		List<String> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(readString(in, MAX_SHORT_STRING));
		}
		return values;
	}

	private static void writeNullable(DataOutputStream out, String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			writeString(out, value);
		}
	}

	private static String readNullable(DataInputStream in) throws IOException {
		return in.readBoolean() ? readString(in, MAX_SHORT_STRING) : null;
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in, long maxBytes) throws IOException {
		return new String(readBytes(in, in.readInt(), maxBytes), StandardCharsets.UTF_8);
	}

	private static byte[] readBytes(DataInputStream in, int length, long maxBytes) throws IOException {
		if (length < 0 || length > maxBytes) {
			throw new IOException("length out of bounds: " + length);
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

	record Request(String fileName, byte[] content) {
	}
}
