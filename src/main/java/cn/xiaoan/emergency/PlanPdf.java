package cn.xiaoan.emergency;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Locale;

import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.ChineseLineBreaks;
import cn.xiaoan.shared.DownloadName;
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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A plan's version as a printable A4 PDF: the title, the school and version, the
 * organisation with the staff holding each role, the contacts and the procedures.
 */
@Component
class PlanPdf {

	private final PlanManagement plans;

	private final MessageSource messages;

	private final Clock clock;

	PlanPdf(PlanManagement plans, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download(long id, Integer version) {
		PlanView view = plans.plan(id, version);
		byte[] pdf = render(view, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					DownloadName
						.of(view.schoolName(), view.plan().title() + "（第" + view.shownVersion() + "版）", clock, ".pdf")
						.inline())
			.body(pdf);
	}

	byte[] render(PlanView view, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 20);
		Font heading = new Font(base, 14, Font.BOLD);
		Font body = new Font(base, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(view.plan().title());
		document.open();
		Paragraph head = new Paragraph(view.schoolName() + "\n" + view.plan().title(), title);
		head.setAlignment(Element.ALIGN_CENTER);
		document.add(head);
		Paragraph sub = new Paragraph(text("emergency.plan.versionno", locale, view.shownVersion()) + " · "
				+ text(view.plan().status().messageKey(), locale), body);
		sub.setAlignment(Element.ALIGN_CENTER);
		sub.setSpacingAfter(12);
		document.add(sub);
		document.add(section(text("emergency.plan.organisation", locale), heading));
		PdfPTable organisation = new PdfPTable(new float[] { 1.3f, 1.2f, 3.5f });
		organisation.setWidthPercentage(100);
		for (String h : new String[] { "emergency.plan.role", "emergency.plan.staff", "emergency.plan.duties" }) {
			organisation.addCell(cell(text(h, locale), heading));
		}
		for (PlanMember m : view.members()) {
			organisation.addCell(cell(m.roleName(), body));
			organisation
				.addCell(cell(m.staffId() == null ? text("emergency.plan.unassigned", locale) : m.staffName(), body));
			organisation.addCell(cell(m.duties(), body));
		}
		document.add(organisation);
		document.add(section(text("emergency.plan.contacts", locale), heading));
		PdfPTable contacts = new PdfPTable(new float[] { 3, 2 });
		contacts.setWidthPercentage(70);
		contacts.setHorizontalAlignment(Element.ALIGN_LEFT);
		for (PlanContact c : view.contacts()) {
			contacts.addCell(cell(c.name(), body));
			contacts.addCell(cell(c.phone(), body));
		}
		document.add(contacts);
		document.add(section(text("emergency.plan.procedures", locale), heading));
		Paragraph procedures = ChineseLineBreaks.paragraph(view.procedures(), body);
		procedures.setLeading(20);
		document.add(procedures);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph section(String text, Font font) {
		Paragraph p = ChineseLineBreaks.paragraph(text, font);
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		return p;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		return cell;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
