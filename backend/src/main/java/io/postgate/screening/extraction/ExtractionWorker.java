package io.postgate.screening.extraction;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Main class of an extraction child JVM, started by {@link WorkerProcess}; public only because launchers
 * look the class up by name. Reads requests from stdin and answers on stdout (see {@link WireFormat})
 * until stdin closes. Anything a library prints is moved to stderr so it cannot corrupt the protocol.
 *
 * <p>Arguments: maxContentBytes maxTextChars maxEmbeddedDepth maxCompressionRatio.
 */
public final class ExtractionWorker {

	private ExtractionWorker() {
	}

	public static void main(String[] args) throws IOException {
		DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024));
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
		long maxContentBytes = Long.parseLong(args[0]);
		TikaDocumentReader reader = new TikaDocumentReader(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
				Integer.parseInt(args[3]));
		warmUp(reader);
		out.writeInt(WireFormat.READY);
		out.flush();
		for (WireFormat.Request request; (request = WireFormat.readRequest(in, maxContentBytes)) != null;) {
			WireFormat.writeReply(out, reader.read(request.fileName(), request.content()));
		}
	}

	/** Loads and JIT-touches the parsers used most, so the first real file is not the slow one. */
	private static void warmUp(TikaDocumentReader reader) throws IOException {
		reader.read("warm-up.html", "<html><body><p>warm-up</p></body></html>".getBytes(StandardCharsets.UTF_8));
		reader.read("warm-up.txt", "warm-up 预热".getBytes(StandardCharsets.UTF_8));
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream docx = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("warm-up");
			document.write(docx);
			reader.read("warm-up.docx", docx.toByteArray());
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			// Text in a standard font makes PDFBox load its font mapping now (~0.5 s) rather than on the first upload.
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.showText("warm-up");
				content.endText();
			}
			document.save(pdf);
			reader.read("warm-up.pdf", pdf.toByteArray());
		}
		try (ByteArrayOutputStream jpeg = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
			reader.read("warm-up.jpg", jpeg.toByteArray());
		}
	}
}
