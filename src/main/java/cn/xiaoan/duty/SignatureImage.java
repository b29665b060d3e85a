package cn.xiaoan.duty;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.UploadedImage;

/**
 * A handwritten signature drawn on the phone, as stored: a real PNG (magic bytes, decoded
 * within bounds), of a signature pad's size, with ink on it (an empty drawing is no
 * signature), encoded again so nothing but pixels is kept.
 */
record SignatureImage(byte[] png, int width, int height) {

	static final int MAX_BYTES = 512 * 1024;

	static final int MIN_WIDTH = 150;

	static final int MIN_HEIGHT = 60;

	static final int MAX_SIDE = 2400;

	/** Pixels of ink a signature has at least (a dot or a stray tap is not one). */
	static final int MIN_INK = 60;

	static SignatureImage of(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new BusinessRuleViolation("signature", "duty.error.signature.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new BusinessRuleViolation("signature", "duty.error.signature.size");
		}
		if (upload.length < 8 || (upload[0] & 0xff) != 0x89 || upload[1] != 'P' || upload[2] != 'N'
				|| upload[3] != 'G') {
			throw new BusinessRuleViolation("signature", "duty.error.signature.type");
		}
		BufferedImage image;
		try {
			image = UploadedImage.decodeWithin(upload, MAX_SIDE);
		}
		catch (UploadedImage.Refused refused) {
			throw new BusinessRuleViolation("signature",
					refused.tooLarge() ? "duty.error.signature.dimensions" : "duty.error.signature.type");
		}
		if (image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT || image.getWidth() > MAX_SIDE
				|| image.getHeight() > MAX_SIDE) {
			throw new BusinessRuleViolation("signature", "duty.error.signature.dimensions");
		}
		if (ink(image) < MIN_INK) {
			throw new BusinessRuleViolation("signature", "duty.error.signature.empty");
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return new SignatureImage(out.toByteArray(), image.getWidth(), image.getHeight());
		}
		catch (IOException ex) {
			throw new BusinessRuleViolation("signature", "duty.error.signature.type");
		}
	}

	/**
	 * Dark, visible pixels: a canvas is transparent (or white) where nothing was drawn.
	 */
	static int ink(BufferedImage image) {
		int ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				int alpha = argb >>> 24;
				int luminance = (((argb >> 16) & 0xff) * 3 + ((argb >> 8) & 0xff) * 6 + (argb & 0xff)) / 10;
				if (alpha > 64 && luminance < 160) {
					ink++;
				}
			}
		}
		return ink;
	}

}
