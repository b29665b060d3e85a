package cn.xiaoan.bullying;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.xiaoan.shared.ChineseFont;
import com.lowagie.text.Document;
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
 * A case file as a PDF for the archive (学生欺凌事件档案), in Chinese: the report, the
 * statements, the decision and the review, measures, the families informed, follow-ups.
 */
@Component
class CaseFilePdf {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	CaseFilePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(CaseFile f) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont base = ChineseFont.create();
		Font title = new Font(base, 16, Font.BOLD);
		Font head = new Font(base, 12, Font.BOLD);
		Font label = new Font(base, 10, Font.BOLD);
		Font value = new Font(base, 10);
		document.add(new Paragraph(t("bullying.pdf.title", f.schoolName(), f.id()), title));
		PdfPTable report = table();
		row(report, label, value, t("bullying.case.channel"), t(f.channel().messageKey()));
		row(report, label, value, t("bullying.case.reporter"), f.reporterName() + " " + f.reporterContact());
		row(report, label, value, t("bullying.case.openedOn"), f.openedOn().toString());
		row(report, label, value, t("bullying.case.happened"), f.happenedOn() + " " + f.place());
		row(report, label, value, t("bullying.case.victim"), f.victimName() + " " + f.victimGrade());
		row(report, label, value, t("bullying.case.actors"), f.actorNames() + " " + f.actorGrade());
		row(report, label, value, t("bullying.case.description"), f.description());
		row(report, label, value, t("bullying.case.decisionDue"), f.decisionDue().toString());
		document.add(report);
		section(document, head, t("bullying.case.statements"));
		PdfPTable statements = table();
		f.statements()
			.forEach(s -> row(statements, label, value, t(s.kind().messageKey()) + " " + s.speaker(),
					s.content() + "\n" + s.recordedBy() + " " + MINUTE.format(s.recordedAt())));
		document.add(statements);
		section(document, head, t("bullying.case.decision"));
		PdfPTable decision = table();
		if (f.decidedAt() != null) {
			row(decision, label, value, t("bullying.case.finding"), finding(f.bullying(), f.kind(), f.severity()));
			row(decision, label, value, t("bullying.case.reasoning"), f.reasoning());
			row(decision, label, value, t("bullying.case.decidedBy"),
					f.decidedBy() + " " + MINUTE.format(f.decidedAt().atZoneSameInstant(BullyingAccess.BEIJING)));
		}
		f.measures()
			.forEach(m -> row(decision, label, value, t(m.kind().messageKey()), m.detail() + " " + m.decidedBy() + " "
					+ MINUTE.format(m.decidedAt().atZoneSameInstant(BullyingAccess.BEIJING))));
		f.notices()
			.forEach(n -> row(decision, label, value, t("bullying.case.informed." + n.side().name()),
					t(n.method().messageKey()) + " "
							+ n.informedAt().atZoneSameInstant(BullyingAccess.BEIJING).toLocalDate() + " "
							+ n.informedBy()));
		document.add(decision);
		if (f.appeal() != null) {
			var a = f.appeal();
			section(document, head, t("bullying.case.appeal"));
			PdfPTable appeal = table();
			row(appeal, label, value, t(a.side().messageKey()), a.filedOn() + " " + a.reason());
			if (a.answered()) {
				row(appeal, label, value, t(a.outcome().messageKey()),
						(a.bullying() == null ? "" : finding(a.bullying(), a.kind(), a.severity()) + " ")
								+ a.reasoning() + " " + a.answeredBy());
			}
			document.add(appeal);
		}
		section(document, head, t("bullying.case.followUps"));
		PdfPTable follow = table();
		f.followUps()
			.forEach(u -> row(follow, label, value, t(u.subject().messageKey()) + " " + u.dueOn(),
					u.doneAt() == null ? t("bullying.followUp.pending") : u.doneBy() + " " + u.note()));
		document.add(follow);
		if (f.closedAt() != null) {
			document.add(new Paragraph(t("bullying.pdf.closed",
					f.closedAt().atZoneSameInstant(BullyingAccess.BEIJING).toLocalDate(), f.closedBy()), value));
		}
		document.close();
		return out.toByteArray();
	}

	private String finding(Boolean bullying, BullyingKind kind, Severity severity) {
		return Boolean.TRUE.equals(bullying)
				? t("bullying.finding.yes") + " " + t(kind.messageKey()) + " " + t(severity.messageKey())
				: t("bullying.finding.no");
	}

	private static void section(Document document, Font head, String text) {
		Paragraph p = new Paragraph(text, head);
		p.setSpacingBefore(10);
		p.setSpacingAfter(4);
		document.add(p);
	}

	private static PdfPTable table() {
		PdfPTable table = new PdfPTable(new float[] { 1.3f, 3.7f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		return table;
	}

	private static void row(PdfPTable table, Font label, Font value, String name, String content) {
		table.addCell(new PdfPCell(new Phrase(name, label)));
		table.addCell(new PdfPCell(new Phrase(content == null ? "" : content, value)));
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, CHINESE);
	}

}
