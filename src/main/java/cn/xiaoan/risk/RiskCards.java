package cn.xiaoan.risk;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders risk notification cards (风险告知卡), one A4 page per point. The CJK font ships in
 * the jar (a GB2312 subset of Noto Sans SC, OFL) and is embedded, so the cards render the
 * same on any machine without system fonts.
 */
@Component
class RiskCards {

	private final MessageSource messages;

	RiskCards(MessageSource messages) {
		this.messages = messages;
	}

	/** The cards of the points, in order, for a school of the given name. */
	byte[] render(String schoolName, List<RiskPoint> points, Locale locale) {
		BaseFont base = cn.xiaoan.shared.ChineseFont.create();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("risk.card.title", locale));
		document.open();
		if (points.isEmpty()) {
			document.add(new Paragraph(text("risk.card.none", locale), new Font(base, 14)));
		}
		for (int i = 0; i < points.size(); i++) {
			if (i > 0) {
				document.newPage();
			}
			card(document, base, schoolName, points.get(i), locale);
		}
		document.close();
		return out.toByteArray();
	}

	private void card(Document document, BaseFont base, String schoolName, RiskPoint p, Locale locale) {
		Color colour = p.level() == null ? Color.GRAY : Color.decode(p.level().colour());
		// Yellow needs dark text to stay readable; the other colours take white.
		Color ink = p.level() == RiskLevel.GENERAL ? Color.BLACK : Color.WHITE;
		PdfPTable header = new PdfPTable(1);
		header.setWidthPercentage(100);
		PdfPCell title = new PdfPCell(
				new Phrase(text("risk.card.title", locale), new Font(base, 26, Font.NORMAL, ink)));
		title.setBackgroundColor(colour);
		title.setHorizontalAlignment(Element.ALIGN_CENTER);
		title.setPadding(12);
		title.setBorder(0);
		header.addCell(title);
		PdfPCell school = new PdfPCell(new Phrase(schoolName, new Font(base, 12, Font.NORMAL, ink)));
		school.setBackgroundColor(colour);
		school.setHorizontalAlignment(Element.ALIGN_CENTER);
		school.setPaddingBottom(10);
		school.setBorder(0);
		header.addCell(school);
		document.add(header);

		Font label = new Font(base, 11, Font.NORMAL, new Color(0x33, 0x33, 0x33));
		Font value = new Font(base, 11);
		PdfPTable table = new PdfPTable(new float[] { 1.1f, 3.9f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(8);
		row(table, label, value, text("risk.number", locale), p.number());
		row(table, label, value, text("risk.name", locale), p.name());
		String level = p.level() == null ? text("risk.level.none", locale) : text(p.level().messageKey(), locale)
				+ (p.score() == null ? "" : "（" + p.method() + " " + p.score().toPlainString() + "）");
		PdfPCell levelLabel = cell(text("risk.level", locale), label);
		PdfPCell levelValue = cell(level, new Font(base, 13, Font.NORMAL, ink));
		levelValue.setBackgroundColor(colour);
		table.addCell(levelLabel);
		table.addCell(levelValue);
		row(table, label, value, text("risk.location", locale), p.location());
		row(table, label, value, text("risk.hazards", locale), p.hazardFactors());
		row(table, label, value, text("risk.accidents", locale), p.accidentTypes());
		row(table, label, value, text("risk.controls", locale), p.controlMeasures());
		row(table, label, value, text("risk.emergency", locale), p.emergencyMeasures());
		row(table, label, value, text("risk.card.phones.label", locale), text("risk.card.phones", locale));
		row(table, label, value, text("risk.responsible", locale), p.responsiblePerson());
		row(table, label, value, text("risk.department", locale), p.supervisingDepartment());
		row(table, label, value, text("risk.reportphone", locale), p.reportPhone());
		if (p.level() != null) {
			row(table, label, value, text("risk.controllevel", locale), text(p.level().controlKey(), locale));
		}
		document.add(table);
	}

	private static void row(PdfPTable table, Font label, Font value, String name, String content) {
		table.addCell(cell(name, label));
		table.addCell(cell(content == null ? "" : content, value));
	}

	private static PdfPCell cell(String content, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(content, font));
		cell.setPadding(6);
		cell.setBorderColor(new Color(0x99, 0x99, 0x99));
		return cell;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
