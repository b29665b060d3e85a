package cn.xiaoan.risk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.UploadedImage;

/**
 * The campus plan image of the four-colour map. The type is read from the magic bytes,
 * not the file name, its size from the header before any pixel is decoded (refused above
 * {@link UploadedImage#MAX_PIXELS}), and the image is decoded (subsampled when large) and
 * encoded again so that nothing but pixels is stored and served back.
 */
record CampusPlan(String contentType, byte[] image, int width, int height) {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	/**
	 * Points sit at percentages of the plan, so a plan is stored at most this wide or
	 * high: enough to read on a wall screen, bounded in memory on every view.
	 */
	static final int MAX_SIDE = 4096;

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
		BufferedImage decoded;
		try {
			decoded = UploadedImage.decodeWithin(upload, MAX_SIDE);
		}
		catch (UploadedImage.Refused refused) {
			throw new BusinessRuleViolation("file",
					refused.tooLarge() ? "risk.error.map.dimensions" : "risk.error.map.type");
		}
		try {
			BufferedImage pixels = decoded;
			if (format.equals("jpeg") && decoded.getColorModel().hasAlpha()) {
				pixels = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
				pixels.getGraphics().drawImage(decoded, 0, 0, null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(pixels, format, out);
			return new CampusPlan("image/" + format, out.toByteArray(), decoded.getWidth(), decoded.getHeight());
		}
		catch (IOException | RuntimeException ex) {
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
