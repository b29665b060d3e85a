package cn.xiaoan.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an uploaded picture with bounded time and memory. Its size is read from the
 * header first, without a pixel: a 1 MB PNG may declare 16000×16000 pixels (1 GB of heap
 * once decoded), so a picture wider or taller than {@value #MAX_SIDE} pixels or of more
 * than {@value #MAX_PIXELS} pixels is refused. A large allowed one is decoded subsampled,
 * every n-th pixel of every n-th row, to about the size it is stored at.
 */
public final class UploadedImage {

	/**
	 * A phone camera takes 4000×3000; a scanned A0 campus plan at 200 dpi is 9400×6600.
	 */
	public static final int MAX_SIDE = 12_000;

	public static final long MAX_PIXELS = 50_000_000L;

	private UploadedImage() {
	}

	/** Why a picture was refused: not a picture the readers know, or too large. */
	public static final class Refused extends RuntimeException {

		private final boolean tooLarge;

		Refused(boolean tooLarge) {
			super(tooLarge ? "image too large" : "not an image", null, false, false);
			this.tooLarge = tooLarge;
		}

		public boolean tooLarge() {
			return tooLarge;
		}

	}

	/**
	 * The picture scaled down (smoothly) to at most {@code maxSide} pixels a side.
	 * @throws Refused when the bytes are no picture or it is above the bounds
	 */
	public static BufferedImage decodeWithin(byte[] bytes, int maxSide) {
		BufferedImage image = decode(bytes, maxSide);
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= maxSide) {
			return image;
		}
		double scale = (double) maxSide / longest;
		int w = Math.max(1, (int) (image.getWidth() * scale));
		int h = Math.max(1, (int) (image.getHeight() * scale));
		BufferedImage scaled = new BufferedImage(w, h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		// Subsampling left it under twice the size: bilinear drawing is smooth enough and
		// far faster than Image.SCALE_SMOOTH's area averaging.
		var g = scaled.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
				java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return scaled;
	}

	/**
	 * The picture, its longest side at least {@code longestSide} pixels when it was that
	 * large (under twice that, so it is scaled down smoothly afterwards).
	 * @throws Refused when the bytes are no picture or it is above the bounds
	 */
	static BufferedImage decode(byte[] bytes, int longestSide) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new Refused(false);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1) {
					throw new Refused(false);
				}
				if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
					throw new Refused(true);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / longestSide);
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new Refused(false);
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refused refused) {
				throw refused;
			}
			// A corrupt picture can make the decoders throw anything.
			throw new Refused(false);
		}
	}

}
