package cn.xiaoan.training;

import com.lowagie.text.pdf.BaseFont;

import cn.xiaoan.shared.ChineseFont;

/** Which text the embedded certificate font (a GB2312 subset) can print. */
final class CertificateFont {

	private static final BaseFont PROBE = ChineseFont.create();

	private CertificateFont() {
	}

	static boolean printable(String text) {
		return text.codePoints().allMatch(c -> Character.isWhitespace(c) || PROBE.charExists(c));
	}

}
