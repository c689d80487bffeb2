package io.postgate.screening.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Parses embedded parts (attachments, archive members, pictures in documents) into the same text, with
 * two differences from Tika's own extractor: it refuses to go deeper than the configured depth and
 * remembers that it had to, and it keeps the metadata and failures of every part so the caller can
 * report GPS in an embedded photo or an attachment that could not be read. Used by one parse only.
 */
final class LimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {

	private final Parser parser;

	private final ParseContext context;

	private final int maxDepth;

	private final List<Metadata> parsedParts = new ArrayList<>();

	private final List<String> unreadableParts = new ArrayList<>();

	private int depth;

	private boolean depthExceeded;

	LimitedEmbeddedExtractor(Parser parser, ParseContext context, int maxDepth) {
		this.parser = parser;
		this.context = context;
		this.maxDepth = maxDepth;
	}

	@Override
	public boolean shouldParseEmbedded(Metadata metadata) {
		if (depth + 1 > maxDepth) {
			depthExceeded = true;
			return false;
		}
		return true;
	}

	@Override
	public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
			throws SAXException, IOException {
		if (!shouldParseEmbedded(metadata)) {
			return;
		}
		depth++;
		if (outputHtml) {
			AttributesImpl attributes = new AttributesImpl();
			attributes.addAttribute("", "class", "class", "CDATA", "package-entry");
			handler.startElement(XHTMLContentHandler.XHTML, "div", "div", attributes);
		}
		try (TemporaryResources temporary = new TemporaryResources()) {
			TikaInputStream part = TikaInputStream.get(CloseShieldInputStream.wrap(stream), temporary, metadata);
			parser.parse(part, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
			parsedParts.add(metadata);
		}
		catch (EncryptedDocumentException encrypted) {
			unreadableParts.add(nameOf(metadata) + " (password-protected)");
		}
		catch (TikaException damaged) {
			rethrowLimitSignal(damaged);
			unreadableParts.add(nameOf(metadata) + " (could not be read)");
		}
		finally {
			depth--;
		}
		if (outputHtml) {
			handler.endElement(XHTMLContentHandler.XHTML, "div", "div");
		}
	}

	/**
	 * Some parsers wrap the handler's own limit signals (text limit, Tika's bomb guard) in a
	 * TikaException; those must stop the whole parse rather than count as one unreadable part.
	 */
	private static void rethrowLimitSignal(TikaException exception) throws SAXException {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXException signal && (WriteLimitReachedException.isWriteLimitReached(signal)
					|| signal.getClass().getName().endsWith("SecureSAXException"))) {
				throw signal;
			}
		}
	}

	boolean depthExceeded() {
		return depthExceeded;
	}

	List<Metadata> parsedParts() {
		return parsedParts;
	}

	List<String> unreadableParts() {
		return unreadableParts;
	}

	static String nameOf(Metadata metadata) {
		String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
		if (name == null) {
			name = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
		}
		return name == null || name.isBlank() ? "an embedded part" : name;
	}
}
