package io.postgate.screening.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Real files for extraction tests, generated with POI, PDFBox and java.util.zip. */
public final class Fixtures {

	private Fixtures() {
	}

	public static byte[] docx(String text, String author) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(text);
			document.getProperties().getCoreProperties().setCreator(author);
			return write(document::write);
		}
	}

	public static byte[] docxWithPicture(String text, byte[] jpeg) throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFRun run = document.createParagraph().createRun();
			run.setText(text);
			run.addPicture(new ByteArrayInputStream(jpeg), Document.PICTURE_TYPE_JPEG, "holiday.jpg", 320_000,
					320_000);
			return write(document::write);
		}
	}

	public static byte[] xlsx(String cellText) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Campaign").createRow(0).createCell(0).setCellValue(cellText);
			return write(workbook::write);
		}
	}

	public static byte[] pptx(String slideText) throws IOException {
		try (XMLSlideShow slides = new XMLSlideShow()) {
			XSLFTextBox box = slides.createSlide().createTextBox();
			box.setText(slideText);
			return write(slides::write);
		}
	}

	public static byte[] pdf(String text, String author) throws IOException {
		try (PDDocument document = pdfDocument(text)) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setAuthor(author);
			info.setTitle("Spring campaign");
			return write(document::save);
		}
	}

	public static byte[] encryptedPdf(String text) throws IOException {
		try (PDDocument document = pdfDocument(text)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return write(document::save);
		}
	}

	public static byte[] encryptedDocx(String text) throws Exception {
		byte[] plain = docx(text, "Alice");
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream encrypted = encryptor.getDataStream(container)) {
				encrypted.write(plain);
			}
			return write(container::writeFilesystem);
		}
	}

	public static byte[] html(String title, String paragraph) {
		return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>"
				+ paragraph + "</p><script>var hidden = 'not text';</script></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] rtf(String text) {
		return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}{\\info{\\author Rita Writer}}\\f0\\fs24 " + text
				+ "\\par}")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** A minimal OpenDocument text: the stored mimetype entry first, then manifest, content and meta. */
	public static byte[] odt(String text, String creator) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry stored = new ZipEntry("mimetype");
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			stored.setCrc(crc.getValue());
			zip.putNextEntry(stored);
			zip.write(mimetype);
			zip.closeEntry();
			put(zip, "META-INF/manifest.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
					</manifest:manifest>""");
			put(zip, "content.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
					xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
					 <office:body><office:text><text:p>%s</text:p></office:text></office:body>
					</office:document-content>""".formatted(text));
			put(zip, "meta.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
					xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
					 <office:meta><dc:creator>%s</dc:creator></office:meta>
					</office:document-meta>""".formatted(creator));
		}
		return bytes.toByteArray();
	}

	/** A real docx whose document.xml carries {@code padding} megabytes of blanks: it deflates ~1000:1. */
	public static byte[] zipBombDocx(int padding) throws IOException {
		byte[] docx = docx("Looks harmless", "Mallory");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("word/document.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int body = xml.indexOf("<w:body>") + "<w:body>".length();
					out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
					for (int i = 0; i < padding; i++) {
						out.write(blanks);
					}
					out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** A zip inside a zip inside a zip ... {@code depth} archives deep, with a text file in the innermost. */
	public static byte[] nestedZip(int depth, String innermostText) throws IOException {
		byte[] content = innermostText.getBytes(StandardCharsets.UTF_8);
		String name = "note.txt";
		for (int level = depth; level >= 1; level--) {
			content = zipOf(name, content);
			name = "level-" + level + ".zip";
		}
		return content;
	}

	public static byte[] zipOf(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** A zip holding {@code copies} copies of {@code member}: cheap to build, {@code copies} times the parsing. */
	public static byte[] zipOfCopies(String name, byte[] member, int copies) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 1; i <= copies; i++) {
				zip.putNextEntry(new ZipEntry(i + "-" + name));
				zip.write(member);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A zip holding one XML file of {@code megabytes} MB repeating {@code unit}; deflates ~200:1. Tiny
	 * comments make a parse that is slow but needs no memory and writes no text; one huge comment makes
	 * the XML parser buffer it all.
	 */
	public static byte[] zippedXml(String unit, int megabytes) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_SPEED);
			zip.putNextEntry(new ZipEntry("feed.xml"));
			boolean oneComment = !unit.startsWith("<");
			zip.write((oneComment ? "<feed><!--" : "<feed>").getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = unit.repeat(1024 * 1024 / unit.length()).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < megabytes; i++) {
				zip.write(chunk);
			}
			zip.write((oneComment ? "--></feed>" : "</feed>").getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static PDDocument pdfDocument(String text) throws IOException {
		PDDocument document = new PDDocument();
		PDPage page = new PDPage();
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
			content.newLineAtOffset(72, 700);
			content.showText(text);
			content.endText();
		}
		return document;
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static byte[] write(Writing writing) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		writing.writeTo(bytes);
		return bytes.toByteArray();
	}

	@FunctionalInterface
	private interface Writing {

		void writeTo(OutputStream out) throws IOException;
	}
}
