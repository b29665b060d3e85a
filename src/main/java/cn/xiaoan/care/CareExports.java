package cn.xiaoan.care;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care lists as workbooks, each within what the caller may see on the page it comes
 * from: flags by kind (never their notes), pairs, dates; the counts workbook holds counts
 * only. Chinese columns whatever the reader's language: the files go to other offices.
 */
@Service
@Transactional(readOnly = true)
class CareExports {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final CareBoard board;

	private final CareFigures figures;

	private final MessageSource messages;

	CareExports(CareBoard board, CareFigures figures, MessageSource messages) {
		this.board = board;
		this.figures = figures;
		this.messages = messages;
	}

	String classTitle(long classId) {
		return board.classPage(classId).className() + "一岗双带结对名单";
	}

	void classList(long classId, OutputStream out) throws IOException {
		ClassPage page = board.classPage(classId);
		ExcelExport.write(out, "结对名单", List.of("学号", "姓名", "关爱类型", "结对教师", "下次跟进", "是否逾期"), page.rows(),
				r -> Arrays.asList(r.studentNo(), r.name(), flags(r.flags()),
						r.pairStaffId() == null ? "未结对" : r.pairName(), date(r.dueOn()), r.overdue() ? "是" : "否"));
	}

	void students(List<MyStudent> students, String sheet, OutputStream out) throws IOException {
		ExcelExport.write(out, sheet, List.of("姓名", "班级", "关爱类型", "结对教师", "最近关爱", "下次跟进", "是否逾期"), students,
				s -> Arrays.asList(s.name(), s.className(), flags(s.flags()), s.pairName(), date(s.lastVisit()),
						date(s.dueOn()), s.overdue() ? "是" : "否"));
	}

	List<MyStudent> mine() {
		return board.mine();
	}

	List<MyStudent> overdue() {
		return board.overdue();
	}

	CareOverview overview(String region) {
		return figures.overview(region);
	}

	/** Counts only: a row per unit below, then the unit's total. */
	void counts(CareOverview overview, OutputStream out) throws IOException {
		List<CareOverview.Unit> rows = new ArrayList<>(overview.regions());
		rows.addAll(overview.schools());
		rows.add(new CareOverview.Unit(overview.regionCode(), overview.name() + "（合计）", overview.total()));
		ExcelExport.write(out, "一岗双带统计", List.of("单位", "重点关爱学生", "已结对", "结对率（%）", "未结对", "本月关爱记录", "逾期未跟进"), rows,
				u -> Arrays.asList(u.name(), u.counts().atRisk(), u.counts().pairedAtRisk(),
						Math.round(u.counts().pairedPercent() * 10) / 10.0, u.counts().unpaired(),
						u.counts().visitsThisMonth(), u.counts().overdue()));
	}

	private String flags(List<RiskFlag> flags) {
		return flags.stream()
			.map(f -> messages.getMessage(f.messageKey(), null, f.messageKey(), CHINESE))
			.collect(Collectors.joining("、"));
	}

	private static String date(LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
