package cn.xiaoan.opinion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The ledger's workbook and a case's report (舆情事件处置报告) as an A4 PDF: the case, its
 * deadlines, departments and tasks, statements and the whole timeline, in Beijing time.
 * Both are read through {@link OpinionLedger}, which checks the caller's scope.
 */
@Component
class OpinionExports {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OpinionLedger ledger;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	OpinionExports(OpinionLedger ledger, OrgManagement org, MessageSource messages, Clock clock) {
		this.ledger = ledger;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	void ledger(List<CaseRow> rows, HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response,
				DownloadName.of(org.callerUnitName(), text("opinion.export.ledger", locale), clock, ".xlsx"));
		List<String> headers = Arrays
			.stream(new String[] { "title", "unit", "severity", "source", "state", "occurredAt", "openedAt", "approver",
					"openTasks", "overdueTasks", "late" })
			.map(h -> text("opinion.column." + h, locale))
			.toList();
		ExcelExport.write(response.getOutputStream(), text("opinion.export.ledger", locale), headers, rows,
				r -> Arrays.asList(r.title(), r.unitName(), text(r.severity().messageKey(), locale),
						text(r.source().messageKey(), locale), text(r.state().messageKey(), locale),
						minute(r.occurredAt()), minute(r.openedAt()), r.approverName(), r.openTasks(), r.overdueTasks(),
						text(r.late() ? "opinion.yes" : "opinion.no", locale)));
	}

	ResponseEntity<byte[]> report(long caseId) {
		Locale locale = LocaleContextHolder.getLocale();
		CaseDetail detail = ledger.detail(caseId);
		byte[] pdf = render(detail, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					DownloadName.of(detail.row().unitName(), text("opinion.report.title", locale), clock, ".pdf")
						.inline())
			.body(pdf);
	}

	private byte[] render(CaseDetail d, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 18);
		Font heading = new Font(base, 13, Font.BOLD);
		Font body = new Font(base, 10.5f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("opinion.report.title", locale));
		document.open();
		Paragraph head = new Paragraph(text("opinion.report.title", locale), title);
		head.setAlignment(Element.ALIGN_CENTER);
		head.setSpacingAfter(10);
		document.add(head);
		CaseRow r = d.row();
		add(document, body, text("opinion.case.title", locale) + "：" + r.title());
		add(document, body, text("opinion.case.unit", locale) + "：" + r.unitName());
		add(document, body, text("opinion.case.severity", locale) + "：" + text(r.severity().messageKey(), locale) + "　"
				+ text("opinion.case.source", locale) + "：" + text(r.source().messageKey(), locale));
		add(document, body, text("opinion.case.occurredAt", locale) + "：" + minute(r.occurredAt()) + "　"
				+ text("opinion.case.location", locale) + "：" + d.location());
		add(document, body, text("opinion.case.state", locale) + "：" + text(r.state().messageKey(), locale) + "　"
				+ text("opinion.case.approver", locale) + "：" + r.approverName());
		add(document, body, d.description());
		if (!d.schools().isEmpty()) {
			add(document, body, text("opinion.case.schools", locale) + "：" + String.join("、", d.schools()));
		}
		for (CaseDetail.Person p : d.people()) {
			add(document, body,
					text("opinion.person", locale) + "：" + (p.fullName() != null ? p.fullName() : p.label()));
		}
		section(document, heading, text("opinion.deadlines", locale));
		for (CaseDetail.Deadline deadline : d.deadlines()) {
			add(document, body,
					text(deadline.labelKey(), locale) + "：" + minute(deadline.due()) + "　"
							+ text(deadline.stateKey(), locale)
							+ (deadline.metAt() == null ? "" : " " + minute(deadline.metAt())));
		}
		if (d.deadlines().isEmpty()) {
			add(document, body, text("opinion.deadlines.none", locale));
		}
		section(document, heading, text("opinion.departments", locale));
		for (CaseDetail.Department dep : d.departments()) {
			add(document, body, text(dep.kind().messageKey(), locale) + " · " + dep.name());
			for (TaskView t : dep.tasks()) {
				add(document, body,
						"　" + t.title() + "（" + t.ownerName() + "，" + text("opinion.task.deadline", locale) + " "
								+ minute(t.deadline()) + "，" + text(t.state().messageKey(), locale) + "）"
								+ (t.note().isEmpty() ? "" : "：" + t.note()));
			}
		}
		section(document, heading, text("opinion.statements", locale));
		for (StatementView s : d.statements()) {
			add(document, body,
					text(s.kind().messageKey(), locale) + " · " + s.title() + "（" + text(s.state().messageKey(), locale)
							+ (s.publishedAt() == null ? "" : " " + minute(s.publishedAt())) + "）");
			add(document, body, s.body());
		}
		section(document, heading, text("opinion.timeline", locale));
		for (TimelineEntry e : d.timeline()) {
			add(document, body, minute(e.at()) + "　" + (e.actor().isEmpty() ? "" : e.actor() + "　")
					+ messages.getMessage(e.key(), e.argArray(), locale));
		}
		document.close();
		return out.toByteArray();
	}

	private static void section(Document document, Font font, String text) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(10);
		p.setSpacingAfter(4);
		document.add(p);
	}

	private static void add(Document document, Font font, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		Paragraph p = new Paragraph(text, font);
		p.setLeading(17);
		p.setSpacingAfter(3);
		document.add(p);
	}

	private static String minute(OffsetDateTime t) {
		return t == null ? "" : MINUTE.format(t.atZoneSameInstant(java.time.ZoneId.systemDefault()));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
