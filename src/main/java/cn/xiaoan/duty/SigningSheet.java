package cn.xiaoan.duty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A school's signing sheet (签字表): one row per person holding a post with their posts,
 * signing time and signature thumbnail (or 未签), as a PDF; and the same list in Excel.
 */
@Component
class SigningSheet {

	private final DutyAssignments assignments;

	private final Holders holders;

	private final MessageSource messages;

	private final Clock clock;

	SigningSheet(DutyAssignments assignments, Holders holders, MessageSource messages, Clock clock) {
		this.assignments = assignments;
		this.holders = holders;
		this.messages = messages;
		this.clock = clock;
	}

	ResponseEntity<byte[]> pdf(long schoolId) {
		SchoolSigning signing = assignments.signing(schoolId);
		Locale locale = LocaleContextHolder.getLocale();
		byte[] body = render(signing, holders.lastSignatures(schoolId), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					DownloadName.of(signing.school().name(), text(locale, "duty.sheet.file"), clock, ".pdf").inline())
			.body(body);
	}

	void excel(long schoolId, HttpServletResponse response) throws IOException {
		SchoolSigning signing = assignments.signing(schoolId);
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response,
				DownloadName.of(signing.school().name(), text(locale, "duty.sheet.excelFile"), clock, ".xlsx"));
		List<SchoolSigning.Row> rows = signing.rows()
			.stream()
			.filter(r -> r.signing() != Holder.Signing.NO_POSTS)
			.toList();
		ExcelExport.write(response.getOutputStream(), text(locale, "duty.sheet.excelSheet"),
				List.of(text(locale, "duty.col.name"), text(locale, "duty.col.posts"), text(locale, "duty.col.status"),
						text(locale, "duty.col.signedAt"), text(locale, "duty.col.version")),
				rows,
				r -> List.of(r.holder().name(), String.join("、", r.postNames()), text(locale, r.signing().messageKey()),
						r.signing() == Holder.Signing.NO_POSTS ? "" : ExcelExport.minute(r.holder().signedAt()),
						r.signing() == Holder.Signing.SIGNED ? r.holder().signedVersion() : ""));
	}

	byte[] render(SchoolSigning signing, Map<Long, byte[]> signatures, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 16);
		Font body = new Font(base, 10);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 48, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle(text(locale, "duty.sheet.title"));
		document.open();
		try {
			Paragraph head = new Paragraph(signing.school().name() + " " + text(locale, "duty.sheet.title"), title);
			head.setAlignment(Element.ALIGN_CENTER);
			document.add(head);
			Paragraph figures = new Paragraph(text(locale, "duty.sheet.figures", signing.schoolYear(),
					signing.holding(), signing.signed(), signing.rate()), body);
			figures.setAlignment(Element.ALIGN_CENTER);
			figures.setSpacingAfter(8);
			document.add(figures);
			PdfPTable table = new PdfPTable(new float[] { 4, 8, 4, 5 });
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			for (String key : List.of("duty.col.name", "duty.col.posts", "duty.col.signedAt", "duty.col.signature")) {
				PdfPCell cell = new PdfPCell(new Phrase(text(locale, key), body));
				cell.setGrayFill(0.9f);
				table.addCell(cell);
			}
			for (SchoolSigning.Row row : signing.rows()) {
				if (row.signing() == Holder.Signing.NO_POSTS) {
					continue;
				}
				table.addCell(new Phrase(row.holder().name(), body));
				table.addCell(new Phrase(String.join("、", row.postNames()), body));
				boolean signed = row.signing() == Holder.Signing.SIGNED;
				table.addCell(new Phrase(
						signed ? row.holder().signedAt().atZoneSameInstant(clock.getZone()).format(DutyListPdf.MINUTE)
								: text(locale, row.signing().messageKey()),
						body));
				byte[] png = signatures.get(row.holder().staffId());
				if (signed && png != null) {
					Image image = Image.getInstance(png);
					image.scaleToFit(90, 30);
					PdfPCell cell = new PdfPCell(image, false);
					cell.setPadding(3);
					table.addCell(cell);
				}
				else {
					table.addCell(new Phrase(text(locale, "duty.sheet.unsigned"), body));
				}
			}
			document.add(table);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("the signing sheet could not be printed", ex);
		}
		document.close();
		return out.toByteArray();
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
