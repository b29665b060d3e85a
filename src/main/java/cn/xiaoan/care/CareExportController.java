package cn.xiaoan.care;

import java.io.IOException;
import java.time.Clock;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Excel exports of the care lists, each checked like the page it comes from. */
@Controller
@RequestMapping("/care")
class CareExportController {

	private final CareExports exports;

	private final Clock clock;

	CareExportController(CareExports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/classes/{id}/export")
	void classList(@PathVariable long id, HttpServletResponse response) throws IOException {
		String title = exports.classTitle(id);
		ExcelExport.prepareDownload(response, DownloadName.of("", title, clock, ".xlsx"));
		exports.classList(id, response.getOutputStream());
	}

	@GetMapping("/mine/export")
	void mine(HttpServletResponse response) throws IOException {
		var rows = exports.mine();
		ExcelExport.prepareDownload(response, DownloadName.of("", "我的结对学生", clock, ".xlsx"));
		exports.students(rows, "我的结对学生", response.getOutputStream());
	}

	@GetMapping("/overdue/export")
	void overdue(HttpServletResponse response) throws IOException {
		var rows = exports.overdue();
		ExcelExport.prepareDownload(response, DownloadName.of("", "逾期未跟进学生", clock, ".xlsx"));
		exports.students(rows, "逾期未跟进", response.getOutputStream());
	}

	@GetMapping("/overview/export")
	void counts(@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		CareOverview overview = exports.overview(region);
		ExcelExport.prepareDownload(response, DownloadName.of(overview.name(), "一岗双带统计", clock, ".xlsx"));
		exports.counts(overview, response.getOutputStream());
	}

}
