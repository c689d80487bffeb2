package io.postgate.screening.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Geographic;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Detects, checks and parses one file with Tika. Runs only inside an extraction worker JVM, never in the
 * server: a hostile file can at worst exhaust this process, which the server then kills and replaces.
 */
final class TikaDocumentReader {

	/** Top-level types Postgate screens; subtypes count (text/plain covers html, md, rtf, csv, xml). */
	private static final List<MediaType> SUPPORTED = List.of(MediaType.TEXT_PLAIN, MediaType.application("pdf"),
			MediaType.application("zip"), MediaType.application("x-tika-msoffice"), MediaType.image("jpeg"),
			MediaType.image("png"), MediaType.image("heif"), MediaType.image("webp"));

	private static final MediaType ZIP = MediaType.application("zip");

	private static final int MAX_METADATA_CHARS = 1_000;

	private final TikaConfig tika;

	private final Parser parser;

	private final int maxTextChars;

	private final int maxEmbeddedDepth;

	private final int maxCompressionRatio;

	TikaDocumentReader(int maxTextChars, int maxEmbeddedDepth, int maxCompressionRatio) {
		try (InputStream config = TikaDocumentReader.class.getResourceAsStream("tika-config.xml")) {
			this.tika = new TikaConfig(config);
		}
		catch (IOException | TikaException | SAXException ex) {
			throw new IllegalStateException("Tika configuration could not be loaded", ex);
		}
		this.parser = new AutoDetectParser(tika);
		this.maxTextChars = maxTextChars;
		this.maxEmbeddedDepth = maxEmbeddedDepth;
		this.maxCompressionRatio = maxCompressionRatio;
	}

	WorkerReply read(String fileName, byte[] content) {
		MediaType type;
		try {
			type = detect(fileName, content);
		}
		catch (IOException ex) {
			return new WorkerReply.Failed(ExtractionFailure.MALFORMED, ExtractionFailure.MALFORMED.defaultMessage());
		}
		if (!isSupported(type)) {
			return new WorkerReply.Parsed(type.toString(), "", false, DocumentMetadata.NONE, false, List.of(), List.of());
		}
		if (registry().isInstanceOf(type, ZIP) && new CompressionCheck(maxCompressionRatio).isBomb(content)) {
			return failed(ExtractionFailure.COMPRESSION_BOMB);
		}
		return parse(fileName, content, type);
	}

	private WorkerReply parse(String fileName, byte[] content, MediaType type) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		ParseContext context = new ParseContext();
		LimitedEmbeddedExtractor embedded = new LimitedEmbeddedExtractor(parser, context, maxEmbeddedDepth);
		context.set(Parser.class, parser);
		context.set(EmbeddedDocumentExtractor.class, embedded);
		context.set(PDFParserConfig.class, noOcrPdfConfig());
		context.set(TesseractOCRConfig.class, skippedOcr());
		StringWriter text = new StringWriter();
		boolean truncated = false;
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			SecureContentHandler guard = new SecureContentHandler(
					new BodyContentHandler(new WriteOutContentHandler(text, maxTextChars)), stream);
			guard.setMaximumCompressionRatio(maxCompressionRatio);
			// Our extractor enforces the nesting limit with its own, clearer failure.
			guard.setMaximumPackageEntryDepth(maxEmbeddedDepth + 10);
			try {
				parser.parse(stream, guard, metadata, context);
			}
			catch (SAXException ex) {
				if (WriteLimitReachedException.isWriteLimitReached(ex)) {
					truncated = true;
				}
				else {
					guard.throwIfCauseOf(ex);
					return failed(ExtractionFailure.MALFORMED);
				}
			}
		}
		catch (TikaException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				truncated = true;
			}
			else {
				return classify(ex);
			}
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			return classify(ex);
		}
		if (embedded.depthExceeded()) {
			return new WorkerReply.Failed(ExtractionFailure.EMBEDDED_TOO_DEEP,
					"The file nests embedded documents or archives more than " + maxEmbeddedDepth + " levels deep.");
		}
		List<String> unreadable = new ArrayList<>(embedded.unreadableParts());
		if (metadata.get(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM) != null) {
			unreadable.add("an embedded part (could not be read)");
		}
		return new WorkerReply.Parsed(type.toString(), text.toString(), truncated, select(metadata), true, unreadable,
				locatedParts(embedded.parsedParts()));
	}

	private MediaType detect(String fileName, byte[] content) throws IOException {
		Metadata metadata = new Metadata();
		// The name only refines what the bytes say (Tika prefers magic), e.g. text/plain → markdown.
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			return tika.getDetector().detect(stream, metadata);
		}
	}

	private boolean isSupported(MediaType type) {
		MediaType base = type.getBaseType();
		return SUPPORTED.stream().anyMatch(supported -> registry().isInstanceOf(base, supported));
	}

	private MediaTypeRegistry registry() {
		return tika.getMediaTypeRegistry();
	}

	private static WorkerReply classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EncryptedDocumentException
					|| cause instanceof org.apache.poi.EncryptedDocumentException) {
				return failed(ExtractionFailure.ENCRYPTED);
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (message.contains("zip bomb")) {
				return failed(ExtractionFailure.COMPRESSION_BOMB);
			}
		}
		return failed(ExtractionFailure.MALFORMED);
	}

	private static WorkerReply.Failed failed(ExtractionFailure failure) {
		return new WorkerReply.Failed(failure, failure.defaultMessage());
	}

	private static DocumentMetadata select(Metadata metadata) {
		// Image parsers report EXIF/IPTC tags under their own names instead of Dublin Core.
		List<String> authors = Stream.of(TikaCoreProperties.CREATOR.getName(), "Exif IFD0:Artist", "IPTC:By-line")
			.flatMap(name -> Arrays.stream(metadata.getValues(name)))
			.map(TikaDocumentReader::clip)
			.filter(author -> !author.isBlank())
			.distinct()
			.toList();
		return new DocumentMetadata(authors, first(metadata, TikaCoreProperties.MODIFIER.getName()),
				copyright(metadata), first(metadata, TikaCoreProperties.TITLE.getName()),
				first(metadata, TikaCoreProperties.CREATED.getName()), location(metadata));
	}

	private static String copyright(Metadata metadata) {
		String rights = first(metadata, TikaCoreProperties.RIGHTS.getName());
		if (rights != null) {
			return rights;
		}
		for (String name : List.of("Exif IFD0:Copyright", "IPTC:Copyright Notice")) {
			String value = first(metadata, name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static GeoLocation location(Metadata metadata) {
		String latitude = metadata.get(Geographic.LATITUDE);
		String longitude = metadata.get(Geographic.LONGITUDE);
		if (latitude == null || longitude == null) {
			return null;
		}
		try {
			return new GeoLocation(Double.parseDouble(latitude), Double.parseDouble(longitude));
		}
		catch (IllegalArgumentException notAPosition) {
			return null;
		}
	}

	private static List<String> locatedParts(List<Metadata> parts) {
		return parts.stream()
			.filter(part -> location(part) != null)
			.map(part -> clip(LimitedEmbeddedExtractor.nameOf(part)) + " at " + location(part))
			.toList();
	}

	private static String first(Metadata metadata, String name) {
		String value = metadata.get(name);
		return value == null || value.isBlank() ? null : clip(value.strip());
	}

	private static String clip(String value) {
		return value.length() <= MAX_METADATA_CHARS ? value : value.substring(0, MAX_METADATA_CHARS);
	}

	private static PDFParserConfig noOcrPdfConfig() {
		PDFParserConfig config = new PDFParserConfig();
		config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		config.setExtractInlineImages(false);
		return config;
	}

	private static TesseractOCRConfig skippedOcr() {
		TesseractOCRConfig config = new TesseractOCRConfig();
		config.setSkipOcr(true);
		return config;
	}
}
