package cn.xiaoan.file;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.UploadedImage;

/**
 * What a photo or a video is, from its first bytes (never its name), and a photo decoded
 * and re-encoded, down-scaled to at most {@value #MAX_SIDE} pixels a side, so nothing but
 * the picture is stored.
 */
final class Media {

	static final int MAX_SIDE = 2048;

	private Media() {
	}

	static String sniff(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "png";
		}
		return null;
	}

	static byte[] reencode(String field, byte[] bytes, String format) {
		BufferedImage image;
		try {
			image = UploadedImage.decodeWithin(bytes, MAX_SIDE);
		}
		catch (UploadedImage.Refused refused) {
			throw new BusinessRuleViolation(field, refused.tooLarge() ? "file.image.toolarge" : "file.notimage");
		}
		try {
			if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, null);
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg".equals(format) ? "jpg" : "png", out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleViolation(field, "file.notimage");
		}
	}

	static String sniffVideo(byte[] b) {
		if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
			return "video/mp4";
		}
		if (b.length >= 4 && (b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf
				&& (b[3] & 0xff) == 0xa3) {
			return "video/webm";
		}
		return null;
	}

}
