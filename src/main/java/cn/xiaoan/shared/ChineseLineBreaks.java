package cn.xiaoan.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaks in a PDF as Chinese typesetting wants them (避头尾): no line begins with a
 * closing mark (”，。、）》 and the like) and none ends with an opening one (“（《); elsewhere
 * OpenPDF's own rule. A title such as 关于“……考核”考核结果的通报 otherwise broke with the closing
 * quote alone at the start of its second line.
 */
public final class ChineseLineBreaks implements SplitCharacter {

	static final ChineseLineBreaks RULE = new ChineseLineBreaks();

	private static final String NOT_AT_LINE_START = "”’，。、；：？！）》」』】〕〉…—·%‰℃";

	private static final String NOT_AT_LINE_END = "“‘（《「『【〔〈";

	private ChineseLineBreaks() {
	}

	/** A paragraph of {@code text} in {@code font} that breaks its lines by this rule. */
	public static Paragraph paragraph(String text, Font font) {
		return new Paragraph(chunk(text, font));
	}

	/** A chunk of {@code text} in {@code font} that breaks its lines by this rule. */
	public static Chunk chunk(String text, Font font) {
		return new Chunk(text, font).setSplitCharacter(RULE);
	}

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		if (NOT_AT_LINE_END.indexOf(at(current, cc, ck)) >= 0) {
			return false;
		}
		if (current + 1 < end && NOT_AT_LINE_START.indexOf(at(current + 1, cc, ck)) >= 0) {
			return false;
		}
		return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
	}

	private static char at(int i, char[] cc, PdfChunk[] ck) {
		return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
	}

}
