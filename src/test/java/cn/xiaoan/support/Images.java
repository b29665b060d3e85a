package cn.xiaoan.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Builds real pictures for upload tests. */
public final class Images {

	private Images() {
	}

	/** A PNG of the given size, its top-left quarter filled so it is not blank. */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A black RGB PNG of the given size written without ever holding its pixels: a
	 * 16000×16000 one is under 1 MB on disk and 768 MB once decoded.
	 */
	public static byte[] blackPng(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height);
			header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
			chunk(out, "IHDR", header.array());
			ByteArrayOutputStream pixels = new ByteArrayOutputStream();
			java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
			try (var deflating = new java.util.zip.DeflaterOutputStream(pixels, deflater, 64 * 1024)) {
				byte[] row = new byte[1 + width * 3];
				for (int y = 0; y < height; y++) {
					deflating.write(row);
				}
			}
			chunk(out, "IDAT", pixels.toByteArray());
			chunk(out, "IEND", new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		crc.update(name);
		crc.update(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(name);
		out.write(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
