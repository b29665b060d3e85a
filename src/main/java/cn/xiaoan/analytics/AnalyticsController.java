package cn.xiaoan.analytics;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.RegionCode;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysis page of a region or school over a period, each chart's table as a
 * workbook, and the leader screen (normal page, or {@code wall=true} for a wall display).
 */
@Controller
class AnalyticsController {

	private final AnalyticsManagement analytics;

	private final LeaderScreen screen;

	private final AnalyticsTables tables;

	private final MessageSource messages;

	AnalyticsController(AnalyticsManagement analytics, LeaderScreen screen, AnalyticsTables tables,
			MessageSource messages) {
		this.analytics = analytics;
		this.screen = screen;
		this.tables = tables;
		this.messages = messages;
	}

	@ModelAttribute("period")
	Period period(@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
		// refused before the period is read, so a refusal is never a form message
		analytics.region(null);
		return Period.of(period, from, to, analytics.today());
	}

	@GetMapping("/analytics")
	String page(@ModelAttribute("period") Period period, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long schoolId, Model model) {
		HazardAnalysis analysis = analytics.hazards(period, region, schoolId);
		model.addAttribute("a", analysis);
		model.addAttribute("periods", Period.choices(analytics.today()));
		model.addAttribute("charts", Charts.of(analysis, messages, LocaleContextHolder.getLocale()));
		// the query that asks for this page again, which each export link repeats
		model.addAttribute("q",
				period.query() + (analysis.regionCode().isEmpty() ? "" : "&region=" + analysis.regionCode())
						+ (schoolId == null ? "" : "&schoolId=" + schoolId));
		model.addAttribute("up", up(analysis, period));
		return "analytics/page";
	}

	/** The page one level up from this one, or null at the caller's own region. */
	private String up(HazardAnalysis analysis, Period period) {
		if (analysis.schoolId() != null) {
			return "/analytics?" + period.query() + "&region=" + analysis.regionCode();
		}
		String own = analytics.region(null);
		if (analysis.regionCode().equals(own) || analysis.regionCode().isEmpty()) {
			return null;
		}
		// a region below the caller's own always has its parent within the caller's scope
		return "/analytics?" + period.query() + "&region=" + RegionCode.of(analysis.regionCode()).parent().value();
	}

	@GetMapping("/analytics/export")
	void export(@ModelAttribute("period") Period period, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long schoolId, @RequestParam(defaultValue = "category") String table,
			HttpServletResponse response) throws IOException {
		AnalyticsTables.Table which = AnalyticsTables.Table.of(table);
		// computed before the download starts: a refusal is an error page, not a broken
		// file
		HazardAnalysis analysis = analytics.hazards(period, region, schoolId);
		Locale locale = LocaleContextHolder.getLocale();
		// file names are Chinese with the day of the download in every language, like
		// every other export
		String title = messages.getMessage(which.titleKey(), null, Locale.CHINA)
				+ messages.getMessage(period.labelKey(), period.labelArgs(), Locale.CHINA);
		ExcelExport.prepareDownload(response,
				new DownloadName(analysis.unitName() + title + "-" + analytics.today() + ".xlsx"));
		tables.write(which, analysis, locale, response.getOutputStream());
	}

	@GetMapping("/analytics/screen")
	String screen(@RequestParam(defaultValue = "false") boolean wall, Model model) {
		LeaderScreen.Screen s = screen.of(analytics.region(null));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("s", s);
		model.addAttribute("monthsJson", Charts.of(s.year(), messages, locale).months());
		model.addAttribute("categoriesJson", Charts.of(s.quarter(), messages, locale).categories());
		model.addAttribute("refreshSeconds", LeaderScreen.FRESH.toSeconds());
		return wall ? "analytics/wall" : "analytics/screen";
	}

}
