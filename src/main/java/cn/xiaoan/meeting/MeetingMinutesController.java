package cn.xiaoan.meeting;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.DownloadName;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The minutes (会议纪要) of a meeting with its decisions as a printable A4 PDF, in the
 * reader's language, for whoever may read the meeting.
 */
@Controller
class MeetingMinutesController {

	private final MeetingManagement meetings;

	private final MessageSource messages;

	private final Clock clock;

	MeetingMinutesController(MeetingManagement meetings, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		MeetingView meeting = meetings.meeting(id);
		byte[] pdf = render(meeting, meetings.tasksOf(id), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", DownloadName.of("", meeting.title() + "纪要", clock, ".pdf").inline())
			.body(pdf);
	}

	byte[] render(MeetingView m, List<TaskView> tasks, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 18);
		Font heading = new Font(base, 13, Font.BOLD);
		Font body = new Font(base, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 60, 60, 60, 60);
		PdfWriter.getInstance(document, out);
		document.addTitle(m.title());
		document.open();
		Paragraph head = new Paragraph(m.title(), title);
		head.setAlignment(Element.ALIGN_CENTER);
		head.setSpacingAfter(4);
		document.add(head);
		Paragraph kind = new Paragraph(text(m.kind().messageKey(), locale), body);
		kind.setAlignment(Element.ALIGN_CENTER);
		kind.setSpacingAfter(12);
		document.add(kind);
		line(document, "meeting.body", m.regionName(), body, locale);
		line(document, "meeting.heldAt", m.heldAtText(), body, locale);
		line(document, "meeting.place", m.place(), body, locale);
		line(document, "meeting.chair", m.chair(), body, locale);
		line(document, "meeting.departments",
				m.departments()
					.stream()
					.map(d -> text(d.messageKey(), locale))
					.collect(Collectors.joining(text("meeting.list.separator", locale))),
				body, locale);
		line(document, "meeting.attendees", m.attendees(), body, locale);
		section(document, "meeting.agenda", m.agenda(), heading, body, locale);
		section(document, "meeting.minutes", m.minutes(), heading, body, locale);
		document.add(new Paragraph(text("meeting.decisions", locale), heading));
		int n = 1;
		for (TaskView t : tasks) {
			Paragraph p = new Paragraph(text("meeting.pdf.decision", locale, n++, t.decision(),
					text(t.ownerDepartment().messageKey(), locale), t.ownerPerson(), t.deadline().toString(),
					text(t.status().messageKey(), locale)), body);
			p.setLeading(18);
			p.setSpacingAfter(4);
			document.add(p);
		}
		if (tasks.isEmpty()) {
			document.add(new Paragraph(text("meeting.decisions.none", locale), body));
		}
		Paragraph signature = new Paragraph(m.regionName() + "\n" + m.heldDay(), body);
		signature.setAlignment(Element.ALIGN_RIGHT);
		signature.setSpacingBefore(24);
		document.add(signature);
		document.close();
		return out.toByteArray();
	}

	private void line(Document document, String key, String value, Font font, Locale locale) {
		if (value != null && !value.isBlank()) {
			Paragraph p = new Paragraph(text(key, locale) + text("meeting.pdf.colon", locale) + value, font);
			p.setLeading(18);
			document.add(p);
		}
	}

	private void section(Document document, String key, String value, Font heading, Font body, Locale locale) {
		if (value != null && !value.isBlank()) {
			Paragraph h = new Paragraph(text(key, locale), heading);
			h.setSpacingBefore(10);
			document.add(h);
			Paragraph p = new Paragraph(value, body);
			p.setFirstLineIndent(22);
			p.setLeading(18);
			p.setSpacingAfter(6);
			document.add(p);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
