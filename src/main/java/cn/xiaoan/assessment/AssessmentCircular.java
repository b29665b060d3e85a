package cn.xiaoan.assessment;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.ChineseLineBreaks;
import cn.xiaoan.shared.DownloadName;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import org.springframework.stereotype.Service;

/**
 * The 通报 of a scheme's results for a period (ADR 0058): an A4 PDF with its title, the
 * issuing bureau, the period, the ranking of the units one level down (the bureaus below
 * a province or city, the schools of a county or township), the units with a 约谈 opened
 * flagged (with those the installations below opened for the period, a footnote saying
 * so, ADR 0081), and the date in Beijing time; published to the schools' leaders and the
 * bureaus below through the notice module as a 通报 with the PDF attached.
 */
@Service
public class AssessmentCircular {

	private final Rankings rankings;

	private final Interviews interviews;

	private final NoticeManagement notices;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	AssessmentCircular(Rankings rankings, Interviews interviews, NoticeManagement notices, OrgManagement org,
			MessageSource messages, Clock clock) {
		this.rankings = rankings;
		this.interviews = interviews;
		this.notices = notices;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	/** A row of the table: a bureau below or a school. */
	record Row(long rank, Long previousRank, long movement, String name, Integer schools, double score,
			int interviews) {
	}

	/** The 通报 as a PDF, its file name and its title. */
	record Circular(String title, String fileName, byte[] pdf) {
	}

	/** Renders the 通报 of the caller's ranking of a region (null: its whole reach). */
	public Circular render(long schemeId, AssessmentPeriod period, String region) {
		Locale locale = LocaleContextHolder.getLocale();
		Ranking ranking = rankings.of(schemeId, period, region, 0);
		// the 约谈 page's rows for the caller: this platform's of the scheme and period,
		// and
		// those the installations below opened in its region for the same period (so
		// under
		// a scheme of the same year there, ADR 0062's rule; ADR 0081)
		InterviewBoard board = interviews.board(InterviewFilter.ALL);
		List<InterviewView> opened = board.here()
			.stream()
			.filter(i -> i.schemeId() == schemeId && i.periodKey().equals(period.key()))
			.toList();
		List<InterviewsElsewhere.Interview> openedBelow = board.below()
			.stream()
			.filter(i -> i.periodKey().equals(period.key()))
			.toList();
		List<Row> rows = new ArrayList<>();
		int countedBelow = 0;
		boolean unitsBelow = false;
		boolean byRegion = !ranking.regions().isEmpty() && ranking.regionCode().length() == 6
				&& ranking.regionCode().endsWith("00");
		if (byRegion) {
			for (RankedRegion r : ranking.regions()) {
				String prefix = cn.xiaoan.shared.RegionCode.of(r.code()).prefix();
				String name = r.source() == null ? r.name()
						: text(locale, "assessment.elsewhere.named", r.name(), r.source());
				int below = (int) openedBelow.stream().filter(i -> i.regionCode().startsWith(prefix)).count();
				countedBelow += below;
				unitsBelow |= r.source() != null;
				rows.add(new Row(r.rank(), r.previousRank(), r.movement(), name, r.schools(), r.average(),
						(int) opened.stream().filter(i -> i.regionCode().startsWith(prefix)).count() + below));
			}
		}
		else {
			for (RankedSchool s : rankings.all(schemeId, period, region)) {
				String name = s.source() == null ? s.schoolName()
						: text(locale, "assessment.elsewhere.named", s.schoolName(), s.source());
				// a school ranked from below carries its id there, as its 约谈 below do
				int count = s.elsewhere() == null
						? (int) opened.stream().filter(i -> i.schoolId() == s.schoolId()).count()
						: (int) openedBelow.stream()
							.filter(i -> s.source().equals(i.source()) && i.schoolId() == s.schoolId())
							.count();
				countedBelow += s.elsewhere() == null ? 0 : count;
				unitsBelow |= s.elsewhere() != null;
				rows.add(new Row(s.rank(), s.previousRank(), s.movement(), name, null, s.total(), count));
			}
		}
		String footnote = unitsBelow || countedBelow > 0 ? text(locale, "assessment.circular.elsewhere", countedBelow)
				: null;
		String bureau = text(locale, "assessment.circular.bureau", org.callerUnitName());
		String periodLabel = text(locale, period.labelKey(), period.labelArgs());
		String title = text(locale, "assessment.circular.title", bureau, periodLabel, ranking.scheme().name());
		String fileName = DownloadName
			.of(ranking.regionName(), ranking.scheme().name() + text(locale, "assessment.circular.file"), clock, ".pdf")
			.filename();
		return new Circular(title, fileName, pdf(ranking, rows, byRegion, bureau, title, periodLabel, footnote,
				clock.instant().atZone(clock.getZone()).toLocalDateTime(), locale));
	}

	/**
	 * Publishes the 通报 to the schools' leaders and the bureaus below the ranked region,
	 * the PDF attached; answers the notice's id.
	 */
	public long publish(long schemeId, AssessmentPeriod period, String region) {
		Locale locale = LocaleContextHolder.getLocale();
		Circular circular = render(schemeId, period, region);
		Ranking ranking = rankings.of(schemeId, period, region, 0);
		String title = circular.title().length() > 100 ? circular.title().substring(0, 100) : circular.title();
		SendNotice command = new SendNotice(NoticeCategory.CIRCULAR, title,
				text(locale, "assessment.circular.body", ranking.regionName(), ranking.scheme().name()), false, null,
				StaffAudience.LEADERS, ranking.regionCode(), List.of(), List.of(), true, List.of(), false, false, true);
		return notices.send(command, List.of(new SendNotice.Attachment(circular.fileName(), circular.pdf()))).id();
	}

	private byte[] pdf(Ranking ranking, List<Row> rows, boolean byRegion, String bureau, String title,
			String periodLabel, String footnote, LocalDateTime now, Locale locale) {
		BaseFont base = ChineseFont.create();
		Font titleFont = new Font(base, 18, Font.BOLD);
		Font body = new Font(base, 11);
		Font small = new Font(base, 10);
		Font head = new Font(base, 10, Font.BOLD);
		Font flag = new Font(base, 10, Font.BOLD, new java.awt.Color(0xB0, 0x1E, 0x1E));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		try {
			Paragraph heading = ChineseLineBreaks.paragraph(title, titleFont);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(14);
			document.add(heading);
			Paragraph intro = ChineseLineBreaks.paragraph(
					text(locale, "assessment.circular.intro", ranking.scheme().name(), ranking.regionName(),
							periodLabel, rows.size(),
							ranking.computedAt() == null ? "—" : ranking.computedAt().toString().replace('T', ' ')),
					body);
			intro.setFirstLineIndent(22);
			intro.setLeading(20);
			intro.setSpacingAfter(10);
			document.add(intro);
			PdfPTable table = new PdfPTable(byRegion ? 6 : 5);
			table.setWidthPercentage(100);
			table.setWidths(
					byRegion ? new float[] { 1, 4, 1.4f, 1.4f, 1.4f, 1.6f } : new float[] { 1, 5, 1.4f, 1.4f, 1.6f });
			table.setHeaderRows(1);
			List<String> headers = new ArrayList<>(
					List.of("assessment.circular.column.rank", "assessment.circular.column.unit"));
			if (byRegion) {
				headers.add("assessment.circular.column.schools");
			}
			headers.addAll(List.of(byRegion ? "assessment.circular.column.average" : "assessment.circular.column.score",
					"assessment.circular.column.movement", "assessment.circular.column.note"));
			for (String h : headers) {
				PdfPCell cell = new PdfPCell(new Phrase(text(locale, h), head));
				cell.setBackgroundColor(new java.awt.Color(0xEE, 0xF2, 0xF7));
				cell.setPadding(4);
				table.addCell(cell);
			}
			for (Row r : rows) {
				table.addCell(cell(String.valueOf(r.rank()), small, Element.ALIGN_CENTER));
				table.addCell(cell(r.name(), small, Element.ALIGN_LEFT));
				if (byRegion) {
					table.addCell(cell(String.valueOf(r.schools()), small, Element.ALIGN_RIGHT));
				}
				table.addCell(cell(String.format("%.1f", r.score()), small, Element.ALIGN_RIGHT));
				table.addCell(cell(movement(r, locale), small, Element.ALIGN_CENTER));
				String note = r.interviews() == 0 ? ""
						: byRegion ? text(locale, "assessment.circular.interviews", r.interviews())
								: text(locale, "assessment.circular.interview");
				table.addCell(cell(note, flag, Element.ALIGN_CENTER));
			}
			document.add(table);
			if (footnote != null) {
				Paragraph note = ChineseLineBreaks.paragraph(footnote, small);
				note.setLeading(16);
				note.setSpacingBefore(6);
				document.add(note);
			}
			Paragraph closing = ChineseLineBreaks.paragraph(text(locale, "assessment.circular.closing"), body);
			closing.setFirstLineIndent(22);
			closing.setLeading(20);
			closing.setSpacingBefore(12);
			document.add(closing);
			Paragraph signed = new Paragraph(bureau + "\n"
					+ text(locale, "assessment.circular.date", now.getYear(), now.getMonthValue(), now.getDayOfMonth()),
					body);
			signed.setAlignment(Element.ALIGN_RIGHT);
			signed.setLeading(20);
			signed.setSpacingBefore(24);
			document.add(signed);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("the circular could not be printed", ex);
		}
		document.close();
		return out.toByteArray();
	}

	private String movement(Row r, Locale locale) {
		if (r.previousRank() == null) {
			return text(locale, "assessment.movement.new");
		}
		return r.movement() > 0 ? text(locale, "assessment.movement.up", r.movement()) : r.movement() < 0
				? text(locale, "assessment.movement.down", -r.movement()) : text(locale, "assessment.movement.same");
	}

	private static PdfPCell cell(String text, Font font, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setPadding(4);
		return cell;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
