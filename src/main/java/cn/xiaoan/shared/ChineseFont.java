package cn.xiaoan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font every PDF of the platform embeds (a GB2312 subset of Noto Sans SC, OFL),
 * so Chinese renders on any machine without system fonts.
 */
public final class ChineseFont {

	static final String RESOURCE = "fonts/NotoSansSC-Subset.ttf";

	private static final byte[] BYTES = load();

	private ChineseFont() {
	}

	/**
	 * A font for one document (OpenPDF keeps per-document subset state in the BaseFont).
	 */
	public static BaseFont create() {
		try {
			return BaseFont.createFont(RESOURCE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BYTES, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] load() {
		try (InputStream in = ChineseFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("font " + RESOURCE + " missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
