package io.postgate.screening.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The one kind of file read in the server JVM: strict UTF-8 text with no control characters that does
 * not start like a format Tika would parse differently (markup, RTF, PDF, PostScript, JSON). Decoding is
 * a single linear pass over an upload that is already size-checked, so it cannot be made expensive;
 * and since the whole text is screened, nothing in it can hide. Anything else, including text in other
 * charsets (GBK, Big5, UTF-16), goes to a worker where Tika detects the charset.
 */
final class PlainText {

	static final String TEXT_PLAIN = "text/plain";

	static final String MARKDOWN = "text/x-web-markdown";

	private PlainText() {
	}

	/** The text, or empty when the bytes need a real parser. */
	static Optional<String> decode(byte[] content) {
		ByteBuffer bytes = ByteBuffer.wrap(content);
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			bytes.position(3);
		}
		CharBuffer chars;
		try {
			chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
		}
		catch (CharacterCodingException notUtf8) {
			return Optional.empty();
		}
		String text = chars.toString();
		if (hasControlCharacters(text) || startsLikeAnotherFormat(text)) {
			return Optional.empty();
		}
		return Optional.of(text);
	}

	/** The name may only tell markdown from other plain text; it never decides whether bytes are text. */
	static String mediaType(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT_PLAIN;
	}

	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F);
	}

	private static boolean startsLikeAnotherFormat(String text) {
		String start = text.stripLeading();
		return start.startsWith("<") || start.startsWith("{") || start.startsWith("%PDF") || start.startsWith("%!");
	}
}
