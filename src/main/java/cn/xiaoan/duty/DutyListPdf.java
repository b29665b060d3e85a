package cn.xiaoan.duty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.NotFound;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A person's signed responsibility list as a printable A4 PDF: posts and duties, routine
 * and emergency procedures, then the signature image with the time (Beijing) and the
 * version signed. A list not signed in its current version prints as unsigned.
 */
@Component
class DutyListPdf {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final DutyManagement duty;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	DutyListPdf(DutyManagement duty, OrgManagement org, MessageSource messages, Clock clock) {
		this.duty = duty;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	ResponseEntity<byte[]> download() {
		MyDuties my = duty.mine();
		if (my.holder() == null) {
			throw new NotFound("duty list", "mine");
		}
		Locale locale = LocaleContextHolder.getLocale();
		SchoolSummary school = org.findSchool(my.holder().schoolId()).orElseThrow();
		byte[] signature = my.signing() == Holder.Signing.SIGNED ? duty.mySignature().orElse(null) : null;
		byte[] body = render(my, school.name(), signature, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					DownloadName.of(my.holder().name(), text(locale, "duty.pdf.list.file"), clock, ".pdf").inline())
			.body(body);
	}

	byte[] render(MyDuties my, String schoolName, byte[] signature, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 18);
		Font heading = new Font(base, 13, Font.BOLD);
		Font body = new Font(base, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text(locale, "duty.pdf.list.title"));
		document.open();
		try {
			Paragraph head = new Paragraph(schoolName + "\n" + text(locale, "duty.pdf.list.title"), title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(10);
			document.add(head);
			document.add(new Paragraph(text(locale, "duty.pdf.list.person", my.holder().name(),
					String.join("、", my.list().posts().stream().map(p -> p.name(locale)).toList()), my.list().version(),
					my.schoolYear()), body));
			for (DutyPost post : my.list().posts()) {
				document.add(section(text(locale, "duty.pdf.list.duties", post.name(locale)), heading));
				numbered(document, post.duties(), body);
			}
			for (DutyProcedure p : my.list().routine()) {
				document.add(section(text(locale, "duty.pdf.list.routine", p.title(locale)), heading));
				numbered(document, p.steps(), body);
			}
			for (DutyProcedure p : my.list().emergency()) {
				document.add(section(text(locale, "duty.pdf.list.emergency", p.title(locale)), heading));
				numbered(document, p.steps(), body);
			}
			if (!my.areas().isEmpty()) {
				document.add(section(text(locale, "duty.pdf.list.areas"), heading));
				for (GridArea a : my.areas()) {
					document.add(new Paragraph("· " + a.place(), body));
				}
			}
			document.add(section(text(locale, "duty.pdf.list.pledge"), heading));
			if (signature != null) {
				Image image = Image.getInstance(signature);
				image.scaleToFit(200, 80);
				document.add(image);
				document.add(new Paragraph(
						text(locale, "duty.pdf.list.signed",
								my.signedAt().atZoneSameInstant(clock.getZone()).format(MINUTE), my.list().version()),
						body));
			}
			else {
				document.add(new Paragraph(text(locale, "duty.pdf.list.unsigned"), body));
			}
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("the list could not be printed", ex);
		}
		document.close();
		return out.toByteArray();
	}

	private static Paragraph section(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(10);
		p.setSpacingAfter(4);
		return p;
	}

	private static void numbered(Document document, java.util.List<CatalogueItem> items, Font font)
			throws DocumentException {
		int n = 1;
		for (CatalogueItem item : items) {
			Paragraph p = new Paragraph(n++ + ". " + item.text(), font);
			p.setIndentationLeft(12);
			p.setLeading(17);
			document.add(p);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
