package cn.xiaoan.training;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import cn.xiaoan.shared.ChineseFont;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders certificates (结业证书), one landscape A4 page each, with the embedded CJK font (a
 * GB2312 subset; course and base names are checked printable when entered).
 */
@Component
class Certificates {

	private static final Color INK = new Color(0x8a, 0x1c, 0x1c);

	private final MessageSource messages;

	Certificates(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(List<Certificate> certificates, Locale locale) {
		BaseFont font = ChineseFont.create();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(text("training.certificate.title", locale));
		document.open();
		if (certificates.isEmpty()) {
			document.add(new Paragraph(text("training.certificate.none", locale), new Font(font, 14)));
		}
		for (int i = 0; i < certificates.size(); i++) {
			if (i > 0) {
				document.newPage();
			}
			frame(writer.getDirectContent(), document.getPageSize());
			page(document, font, certificates.get(i), locale);
		}
		document.close();
		return out.toByteArray();
	}

	private void page(Document document, BaseFont font, Certificate c, Locale locale) {
		Paragraph title = new Paragraph(text("training.certificate.title", locale),
				new Font(font, 40, Font.NORMAL, INK));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(30);
		title.setSpacingAfter(36);
		document.add(title);
		Font body = new Font(font, 18);
		document.add(new Paragraph(text("training.certificate.greeting", locale, c.studentName()), body));
		String date = c.day()
			.format(DateTimeFormatter.ofPattern(text("training.certificate.dateformat", locale), locale));
		Paragraph text = new Paragraph(text("training.certificate.body", locale, c.schoolName(), date, c.baseName(),
				c.courseTitle(), c.durationMinutes()), body);
		text.setFirstLineIndent(36);
		text.setLeading(34);
		text.setSpacingBefore(12);
		document.add(text);
		Paragraph signed = new Paragraph(c.baseName() + "\n" + date, new Font(font, 16));
		signed.setAlignment(Element.ALIGN_RIGHT);
		signed.setSpacingBefore(48);
		signed.setLeading(28);
		document.add(signed);
		Paragraph number = new Paragraph(text("training.certificate.number", locale, c.number()),
				new Font(font, 11, Font.NORMAL, Color.DARK_GRAY));
		number.setSpacingBefore(30);
		document.add(number);
	}

	/** A double border in the certificate's colour. */
	private static void frame(PdfContentByte canvas, Rectangle page) {
		canvas.saveState();
		canvas.setColorStroke(INK);
		canvas.setLineWidth(4);
		canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
		canvas.stroke();
		canvas.setLineWidth(1);
		canvas.rectangle(34, 34, page.getWidth() - 68, page.getHeight() - 68);
		canvas.stroke();
		canvas.restoreState();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
