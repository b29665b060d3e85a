package cn.xiaoan.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.xiaoan.shared.ExcelExport;

import org.springframework.stereotype.Component;

/**
 * The ranking as a workbook: Chinese columns whatever the reader's language, since it
 * goes to other offices; the same rows, ranks and movement as the page.
 */
@Component
class AssessmentExports {

	void ranking(Ranking ranking, List<RankedSchool> rows, OutputStream out) throws IOException {
		List<SchemeView.IndicatorView> others = ranking.scheme().otherComputed();
		List<String> headers = new ArrayList<>(List.of("名次", "上期名次", "名次变化", "学校", "排查隐患", "已整改", "未销号", "逾期未整改"));
		others.forEach(i -> headers.add(i.name()));
		headers.addAll(List.of("督导评分", "已评项目", "总分"));
		ExcelExport.write(out, "考核排名", headers, rows, r -> {
			List<Object> cells = new ArrayList<>(Arrays.asList(r.rank(),
					r.previousRank() == null ? "" : r.previousRank(),
					r.previousRank() == null ? ""
							: r.movement() > 0 ? "↑" + r.movement() : r.movement() < 0 ? "↓" + (-r.movement()) : "—",
					r.source() == null ? r.schoolName() : r.schoolName() + " (" + r.source() + ")", r.hazards(),
					r.fixed(), r.openHazards(), r.overdue()));
			// a school scored below has its own scheme's indicators, not these
			others.forEach(i -> cells.add(r.elsewhere() != null ? "" : r.figures().shown(i.kind())));
			cells.addAll(Arrays.asList(r.inspected(), r.inspectedItems(), r.total()));
			return cells;
		});
	}

}
