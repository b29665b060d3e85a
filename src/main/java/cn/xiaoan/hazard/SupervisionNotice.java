package cn.xiaoan.hazard;

import cn.xiaoan.shared.DownloadName;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.ChineseLineBreaks;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The 限期整改通知 of a supervised hazard as a printable A4 PDF. */
@Component
class SupervisionNotice {

	private final HazardDetails hazards;

	private final OrgManagement org;

	private final MessageSource messages;

	private final java.time.Clock clock;

	SupervisionNotice(HazardDetails hazards, OrgManagement org, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.hazards = hazards;
		this.org = org;
		this.messages = messages;
	}

	/** The notice in the caller's language as an inline PDF download. */
	ResponseEntity<byte[]> download(long hazardId) {
		byte[] pdf = render(hazardId, LocaleContextHolder.getLocale());
		String school = org.findSchool(hazards.of(hazardId).hazard().schoolId())
			.map(cn.xiaoan.org.SchoolSummary::name)
			.orElse("");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", DownloadName.of(school, "隐患挂牌督办通知书", clock, ".pdf").inline())
			.body(pdf);
	}

	/**
	 * The notice of a hazard in the caller's scope; a hazard not under supervision has
	 * none (not found).
	 */
	byte[] render(long hazardId, Locale locale) {
		HazardDetail detail = hazards.of(hazardId);
		HazardSupervision.Listing listing = detail.supervision();
		if (listing == null) {
			throw new NotFound("supervision notice", hazardId);
		}
		HazardSummary h = detail.hazard();
		String bureau = org.region(listing.bureauRegion()).map(r -> r.name()).orElse(listing.bureauRegion())
				+ text("hazard.notice.bureau", locale);
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 22);
		Font body = new Font(base, 12);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("hazard.notice.title", locale));
		document.open();
		document.add(centered(bureau, new Font(base, 14)));
		document.add(centered(text("hazard.notice.title", locale), title));
		document.add(centered(listing.noticeNo(), body));
		document.add(new Paragraph(" ", body));
		document.add(new Paragraph(detail.schoolName() + text("hazard.notice.colon", locale), body));
		document.add(paragraph(
				text("hazard.notice.found", locale, h.number(), h.title(), h.location(), h.description()), body));
		document.add(paragraph(
				text("hazard.notice.demand", locale, listing.deadline().toString(), listing.acceptanceDue().toString()),
				body));
		document.add(paragraph(text("hazard.notice.warning", locale), body));
		document.add(new Paragraph(" ", body));
		Paragraph signature = new Paragraph(
				bureau + "\n" + listing.listedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate(),
				body);
		signature.setAlignment(Element.ALIGN_RIGHT);
		document.add(signature);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph centered(String text, Font font) {
		Paragraph p = ChineseLineBreaks.paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(6);
		return p;
	}

	private static Paragraph paragraph(String text, Font font) {
		Paragraph p = ChineseLineBreaks.paragraph(text, font);
		p.setFirstLineIndent(24);
		p.setLeading(22);
		p.setSpacingAfter(8);
		return p;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
