package cn.xiaoan.shared;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese line breaks in PDFs: no line starts with a closing mark or ends with an opening
 * one.
 */
class ChineseLineBreaksTests {

	private static final String TITLE = "梧州市教育局关于2026年第4季度“梧州市学校安全工作考核”考核结果的通报，请各单位（含下级平台）《遵照执行》。";

	@Test
	void noLineOfATitleStartsWithAClosingMarkOrEndsWithAnOpeningOneAtAnyWidth() throws Exception {
		List<String> lines = linesAtEveryWidth(ChineseLineBreaks::paragraph);
		assertThat(lines).isNotEmpty()
			.noneMatch(l -> "”，。）》".indexOf(l.charAt(0)) >= 0)
			.noneMatch(l -> "“（《".indexOf(l.charAt(l.length() - 1)) >= 0);
		assertThat(String.join("", lines)).contains("考核结果的通报");
	}

	@Test
	void openPdfsOwnRuleWouldBreakBeforeAClosingMark() throws Exception {
		List<String> lines = linesAtEveryWidth(Paragraph::new);
		assertThat(lines).anyMatch(l -> "”，。）》".indexOf(l.charAt(0)) >= 0);
	}

	/** The lines of {@link #TITLE} laid out in pages 100 to 400 points wide. */
	private static List<String> linesAtEveryWidth(BiFunction<String, Font, Paragraph> paragraph) throws Exception {
		List<String> lines = new ArrayList<>();
		Font font = new Font(ChineseFont.create(), 16);
		for (int width = 100; width <= 400; width += 6) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(new Rectangle(width, 800), 10, 10, 10, 10);
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(paragraph.apply(TITLE, font));
			document.close();
			String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
			for (String line : text.split("\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

}
