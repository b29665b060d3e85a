package cn.xiaoan.bullying;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The statistics as a workbook (counts only, no names) and a case's file as a PDF for the
 * archive (committee and office only, the download audited as a reveal).
 */
@Controller
@RequestMapping("/bullying")
class BullyingExportController {

	private final BullyingFigures figures;

	private final BullyingCases cases;

	private final CaseFilePdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	BullyingExportController(BullyingFigures figures, BullyingCases cases, CaseFilePdf pdf, MessageSource messages,
			Clock clock) {
		this.figures = figures;
		this.cases = cases;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/statistics/export")
	void statistics(HttpServletResponse response) throws IOException {
		BullyingStatistics stats = figures.statistics();
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		List<List<Object>> rows = new ArrayList<>();
		rows.add(Arrays.asList("合计", "", stats.total()));
		stats.byKind()
			.forEach((k, v) -> rows.add(Arrays.asList("类型", messages.getMessage(k.messageKey(), null, zh), v)));
		stats.byGrade().forEach((k, v) -> rows.add(Arrays.asList("年级", k, v)));
		stats.byMonth().forEach((k, v) -> rows.add(Arrays.asList("月份", k, v)));
		stats.byOutcome()
			.forEach(
					(k, v) -> rows.add(Arrays.asList("结果", messages.getMessage("bullying.outcome." + k, null, zh), v)));
		rows.add(Arrays.asList("平均认定用时（天）", "", stats.meanDaysToDecision() == null ? "" : stats.meanDaysToDecision()));
		stats.overdueBySchool().forEach(o -> rows.add(Arrays.asList("逾期未认定（学校）", o.name(), o.late())));
		stats.overdueByCounty().forEach(o -> rows.add(Arrays.asList("逾期未认定（县区）", o.name(), o.late())));
		ExcelExport.prepareDownload(response, DownloadName.of(stats.unitName(), "学生欺凌案件统计", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "欺凌案件统计", List.of("分类", "项目", "件数"), rows, r -> r);
	}

	@GetMapping("/cases/{id}/pdf")
	void file(@PathVariable long id, HttpServletResponse response) throws IOException {
		CaseFile file = cases.file(id, "PDF");
		byte[] bytes = pdf.render(file);
		DownloadName.of(file.schoolName(), "学生欺凌事件档案" + file.id(), clock, ".pdf").attachTo(response, DownloadName.PDF);
		response.getOutputStream().write(bytes);
	}

}
