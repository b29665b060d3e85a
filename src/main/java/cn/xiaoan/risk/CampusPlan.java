package cn.xiaoan.risk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The campus plan image of the four-colour map. The type is read from the magic bytes,
 * not the file name, and the image is decoded and encoded again so that nothing but
 * pixels is stored and served back.
 */
record CampusPlan(String contentType, byte[] image, int width, int height) {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static CampusPlan of(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new BusinessRuleViolation("file", "risk.error.map.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new BusinessRuleViolation("file", "risk.error.map.size");
		}
		String format = sniff(upload);
		if (format == null) {
			throw new BusinessRuleViolation("file", "risk.error.map.type");
		}
		try {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(upload));
			if (decoded == null || decoded.getWidth() < 1 || decoded.getHeight() < 1) {
				throw new BusinessRuleViolation("file", "risk.error.map.type");
			}
			BufferedImage pixels = decoded;
			if (format.equals("jpeg") && decoded.getColorModel().hasAlpha()) {
				pixels = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
				pixels.getGraphics().drawImage(decoded, 0, 0, null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(pixels, format, out);
			return new CampusPlan("image/" + format, out.toByteArray(), decoded.getWidth(), decoded.getHeight());
		}
		catch (IOException ex) {
			throw new BusinessRuleViolation("file", "risk.error.map.type");
		}
		catch (RuntimeException ex) {
			if (ex instanceof BusinessRuleViolation || ex instanceof UncheckedIOException) {
				throw ex;
			}
			// A corrupt image can make the decoders throw anything.
			throw new BusinessRuleViolation("file", "risk.error.map.type");
		}
	}

	private static String sniff(byte[] b) {
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "png";
		}
		if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "jpeg";
		}
		return null;
	}

}
