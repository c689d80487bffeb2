package io.postgate.screening.extraction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Builds a real JPEG with a hand-made EXIF APP1 segment: Artist, Copyright and a GPS position. */
public final class ExifJpeg {

	private static final short ASCII = 2;

	private static final short LONG = 4;

	private static final short RATIONAL = 5;

	private ExifJpeg() {
	}

	public static byte[] plain() throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xFF8800);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		return jpeg.toByteArray();
	}

	/** A JPEG taken at (latitude N, longitude E) by {@code artist}. */
	public static byte[] withGps(double latitude, double longitude, String artist, String copyright) throws IOException {
		byte[] jpeg = plain();
		byte[] exif = exifSegment(latitude, longitude, artist, copyright);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		out.write(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] exifSegment(double latitude, double longitude, String artist, String copyright) {
		byte[] artistBytes = ascii(artist);
		byte[] copyrightBytes = ascii(copyright);
		int ifd0 = 8;
		int ifd0Size = 2 + 3 * 12 + 4;
		int artistAt = ifd0 + ifd0Size;
		int copyrightAt = artistAt + artistBytes.length;
		int gpsIfd = copyrightAt + copyrightBytes.length;
		int gpsIfdSize = 2 + 4 * 12 + 4;
		int latitudeAt = gpsIfd + gpsIfdSize;
		int longitudeAt = latitudeAt + 24;
		ByteBuffer tiff = ByteBuffer.allocate(longitudeAt + 24); // big-endian, as "MM" says
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 3);
		entry(tiff, 0x013B, ASCII, artistBytes.length, artistAt);
		entry(tiff, 0x8298, ASCII, copyrightBytes.length, copyrightAt);
		entry(tiff, 0x8825, LONG, 1, gpsIfd);
		tiff.putInt(0);
		tiff.put(artistBytes).put(copyrightBytes);
		tiff.putShort((short) 4);
		entry(tiff, 0x0001, ASCII, 2, ('N' << 24));
		entry(tiff, 0x0002, RATIONAL, 3, latitudeAt);
		entry(tiff, 0x0003, ASCII, 2, ('E' << 24));
		entry(tiff, 0x0004, RATIONAL, 3, longitudeAt);
		tiff.putInt(0);
		degreesMinutesSeconds(tiff, latitude);
		degreesMinutesSeconds(tiff, longitude);

		byte[] body = tiff.array();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
		segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
		segment.put(body);
		return segment.array();
	}

	private static void entry(ByteBuffer tiff, int tag, short type, int count, int valueOrOffset) {
		tiff.putShort((short) tag).putShort(type).putInt(count).putInt(valueOrOffset);
	}

	private static void degreesMinutesSeconds(ByteBuffer tiff, double decimal) {
		int degrees = (int) decimal;
		double minutesDecimal = (decimal - degrees) * 60;
		int minutes = (int) minutesDecimal;
		int hundredthsOfSeconds = (int) Math.round((minutesDecimal - minutes) * 60 * 100);
		tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(hundredthsOfSeconds).putInt(100);
	}

	private static byte[] ascii(String value) {
		return (value + "\0").getBytes(StandardCharsets.US_ASCII);
	}
}
