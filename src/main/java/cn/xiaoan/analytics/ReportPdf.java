package cn.xiaoan.analytics;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.ChineseLineBreaks;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
 * A region's quarterly or yearly report as PDF: the figures against the period before and
 * last year, the charts by category and by month drawn server-side ({@link ReportChart}),
 * and the table of units below — in the embedded Chinese font.
 */
@Component
class ReportPdf {

	private final MessageSource messages;

	ReportPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(HazardAnalysis a, String title) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		BaseFont base = ChineseFont.create();
		Font heading = new Font(base, 18);
		Font h2 = new Font(base, 13);
		Font body = new Font(base, 10);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		Paragraph t = ChineseLineBreaks.paragraph(title, heading);
		t.setAlignment(Element.ALIGN_CENTER);
		t.setSpacingAfter(8);
		document.add(t);
		Period p = a.period();
		document.add(new Paragraph(text(locale, "analytics.report.counts", text(locale, p.labelKey(), p.labelArgs()),
				p.from().toString(), p.to().toString()), body));
		document.add(section(text(locale, "analytics.report.figures"), h2));
		PdfPTable figures = table(body, 4, text(locale, "analytics.report.figure"),
				text(locale, "analytics.col.current"), text(locale, "analytics.col.previous"),
				text(locale, "analytics.col.lastYear"));
		row(figures, body, text(locale, "analytics.figure.hazards"), a.current().hazards(), a.previous().hazards(),
				a.lastYear().hazards());
		row(figures, body, text(locale, "analytics.figure.done"), a.current().done(), a.previous().done(),
				a.lastYear().done());
		row(figures, body, text(locale, "analytics.figure.major"), a.current().major(), a.previous().major(),
				a.lastYear().major());
		row(figures, body, text(locale, "analytics.figure.rate"), a.current().rectificationRate() + "%",
				a.previous().rectificationRate() + "%", a.lastYear().rectificationRate() + "%");
		document.add(figures);
		float width = document.right() - document.left();
		document.add(section(text(locale, "analytics.chart.category"), h2));
		List<String> categories = a.byCategory().stream().map(r -> text(locale, "category." + r.category())).toList();
		List<long[]> byCategory = List.of(a.byCategory().stream().mapToLong(r -> r.current()).toArray(),
				a.byCategory().stream().mapToLong(r -> r.previous()).toArray(),
				a.byCategory().stream().mapToLong(r -> r.lastYear()).toArray());
		document.add(Image.getInstance(ReportChart.bars(writer.getDirectContent(), base, width, 190, categories,
				List.of(text(locale, "analytics.col.current"), text(locale, "analytics.col.previous"),
						text(locale, "analytics.col.lastYear")),
				byCategory)));
		document.add(section(text(locale, "analytics.chart.month"), h2));
		List<String> months = a.byMonth().stream().map(r -> r.month().toString().substring(0, 7)).toList();
		document.add(Image.getInstance(ReportChart.bars(writer.getDirectContent(), base, width, 170, months,
				List.of(text(locale, "analytics.col.found"), text(locale, "analytics.col.done"),
						text(locale, "analytics.col.lastYearSameMonth")),
				List.of(a.byMonth().stream().mapToLong(r -> r.hazards()).toArray(),
						a.byMonth().stream().mapToLong(r -> r.done()).toArray(),
						a.byMonth().stream().mapToLong(r -> r.lastYear()).toArray()))));
		document.add(section(
				text(locale, a.unitsAreSchools() ? "analytics.chart.unit.schools" : "analytics.chart.unit"), h2));
		PdfPTable units = table(body, 5,
				text(locale, a.unitsAreSchools() ? "analytics.col.school" : "analytics.col.region"),
				text(locale, "analytics.col.found"), text(locale, "analytics.col.done"),
				text(locale, "analytics.col.major"), text(locale, "analytics.col.rectificationRate"));
		a.byUnit()
			.forEach(u -> row(units, body, UnitNames.of(u, messages, locale), u.hazards(), u.done(), u.major(),
					u.rectificationRate() + "%"));
		document.add(units);
		if (a.mirrored()) {
			document.add(section(text(locale, "analytics.elsewhere.note", a.current().elsewhere(),
					String.join(text(locale, "analytics.sources.separator"), a.sources())), body));
		}
		document.add(section(text(locale, "analytics.accidents.title"), h2));
		PdfPTable accidents = table(body, 3, text(locale, "analytics.accidents.severity"),
				text(locale, "analytics.accidents.here"), text(locale, "analytics.accidents.elsewhere"));
		a.accidents()
			.bySeverity()
			.forEach(r -> row(accidents, body, text(locale, r.messageKey()), r.here(), r.elsewhere()));
		document.add(accidents);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph section(String text, Font font) {
		Paragraph p = ChineseLineBreaks.paragraph(text, font);
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		return p;
	}

	private static PdfPTable table(Font font, int columns, String... headers) {
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		for (String h : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(h, font));
			cell.setBackgroundColor(new java.awt.Color(221, 235, 247));
			table.addCell(cell);
		}
		table.setHeaderRows(1);
		return table;
	}

	private static void row(PdfPTable table, Font font, Object... cells) {
		List<Object> values = new ArrayList<>(List.of(cells));
		for (Object v : values) {
			PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(v), font));
			if (v instanceof Number || String.valueOf(v).endsWith("%")) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			table.addCell(cell);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
