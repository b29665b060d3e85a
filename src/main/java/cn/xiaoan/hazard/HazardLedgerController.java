package cn.xiaoan.hazard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.RegionChoices;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ledger's pages: the filtered, sorted, paged list with its figures, the 督办 page of a
 * bureau, and their workbooks.
 */
@Controller
@RequestMapping("/hazards")
class HazardLedgerController {

	/** More schools than this are chosen by region first, not from one long list. */
	private static final int SCHOOL_CHOICES = 300;

	private static final int CHOICES_PAGE = 200;

	/** Hazards kept by lower installations shown under the first page. */
	private static final int ELSEWHERE_ROWS = 50;

	private final HazardLedger ledger;

	private final OrgManagement org;

	private final HazardExports exports;

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<LedgerElsewhere> elsewhere;

	private final LedgerCloseDays closeDays;

	private final SupervisedCount supervisedCount;

	HazardLedgerController(HazardLedger ledger, OrgManagement org, HazardExports exports, MessageSource messages,
			Clock clock, ObjectProvider<LedgerElsewhere> elsewhere, LedgerCloseDays closeDays,
			SupervisedCount supervisedCount) {
		this.supervisedCount = supervisedCount;
		this.elsewhere = elsewhere;
		this.closeDays = closeDays;
		this.ledger = ledger;
		this.org = org;
		this.exports = exports;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The ledger's period: this quarter unless the picker chose another (see
	 * LedgerPeriod) — or every hazard when a figure's link asks for its hazards (open,
	 * major, overdue, supervised, a school's) without naming a period, so that the list
	 * counts what the figure counted.
	 */
	@ModelAttribute("period")
	LedgerPeriod period(@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) HazardGrade grade,
			@RequestParam(required = false) Long schoolId) {
		boolean named = period != null && !period.isBlank() || from != null || to != null;
		if (!named && (open != null || supervised != null || overdue != null || grade != null || schoolId != null)) {
			return LedgerPeriod.EVER;
		}
		return LedgerPeriod.of(period, from, to, LocalDate.now(clock));
	}

	@ModelAttribute("query")
	LedgerQuery query(@RequestParam(required = false) Long schoolId, @RequestParam(required = false) String region,
			@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardGrade grade,
			@RequestParam(required = false) SafetyCategory category, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		LedgerSort order;
		try {
			order = LedgerSort.of(sort, dir);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort");
		}
		return new LedgerQuery(schoolId, region, status, grade, category, overdue, null, null, page, open, supervised,
				order, size);
	}

	/** The figures and the list both of the hazards found in the chosen period. */
	@GetMapping
	String ledger(@ModelAttribute("query") LedgerQuery filter, @ModelAttribute("period") LedgerPeriod period,
			@RequestHeader(value = HazardController.HTMX, defaultValue = "false") boolean htmx,
			@RequestParam(defaultValue = "0") int ep, HttpServletRequest request, Model model) {
		CurrentUser me = Callers.current().require(Permission.HAZARD_READ);
		LedgerQuery query = filter.in(period);
		boolean bureau = me.scope().kind() != DataScope.Kind.SCHOOL && me.scope().kind() != DataScope.Kind.SELF;
		model.addAttribute("query", query);
		model.addAttribute("periods", LedgerPeriod.choices(LocalDate.now(clock)));
		Page<HazardSummary> result = ledger.ledger(query);
		model.addAttribute("result", result);
		HazardStatistics stats = ledger.statistics(query, period);
		model.addAttribute("statuses", HazardStatus.values());
		model.addAttribute("grades", HazardGrade.values());
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("regions",
				RegionChoices.of(org.regionsInScope(), me.scope().sqlRegionPrefix(), query.regionPrefix()));
		model.addAttribute("sizes", LedgerQuery.SIZES);
		model.addAttribute("links", new LedgerLinks("/hazards", request.getParameterMap()));
		model.addAttribute("bureau", bureau);
		boolean rowsAreSchools = ledger.rowsAreSchools(query);
		model.addAttribute("rowsAreSchools", rowsAreSchools);
		// the names of the page's schools and of the chosen one only: a province's ledger
		// read all its 20,000 schools for them on every request
		Set<Long> named = new HashSet<>();
		result.items().forEach(h -> named.add(h.schoolId()));
		if (query.schoolId() != null) {
			named.add(query.schoolId());
		}
		model.addAttribute("schoolNames", ledger.schoolNames(named));
		model.addAttribute("schools", bureau ? schoolChoices(query) : List.of());
		// read-only: hazards of the region kept by a lower installation (四级联网), with
		// their state as last sent from there: counted into the figures, the median days
		// to close and the region rows, and listed under the ledger by the same filter,
		// so each figure is what its link lists here and there (ADR 0066, 0072).
		LedgerElsewhere.Filter below = bureau ? LedgerWithElsewhere.filter(query) : null;
		List<LedgerElsewhere> sources = below == null ? List.of() : elsewhere.orderedStream().toList();
		LedgerElsewhere.Figures kept = sources.stream()
			.map(e -> e.figures(below))
			.reduce(LedgerElsewhere.Figures.NONE, LedgerElsewhere.Figures::plus);
		long elsewhereCount = kept.hazards();
		int pages = (int) Math.max(1, (elsewhereCount + ELSEWHERE_ROWS - 1) / ELSEWHERE_ROWS);
		int shown = Math.min(Math.max(0, ep), pages - 1);
		if (elsewhereCount > 0) {
			String prefix = LedgerTally.prefix(me.scope(), query);
			if (!rowsAreSchools) {
				stats = LedgerWithElsewhere.withRows(stats, sources, below, prefix, org.regionNames());
			}
			var closedElsewhere = LedgerWithElsewhere.daysToClose(sources, below, prefix);
			if (!closedElsewhere.isEmpty()) {
				stats = LedgerWithElsewhere.withMedians(stats, closeDays.byRow(query), closedElsewhere, rowsAreSchools);
			}
		}
		model.addAttribute("stats", stats);
		model.addAttribute("figures", LedgerWithElsewhere.plus(stats.total(), kept));
		model.addAttribute("elsewhereCount", elsewhereCount);
		model.addAttribute("elsewherePage", shown);
		model.addAttribute("elsewherePages", pages);
		model.addAttribute("elsewhere",
				query.page() == 0 && elsewhereCount > 0 ? elsewhere(sources, below, shown) : List.of());
		if (me.can(Permission.HAZARD_SUPERVISE)) {
			// the 督办 page it opens: those here and those under 督办 below (ADR 0075, 0078)
			long supervisedBelow = supervisedCount.below();
			model.addAttribute("supervisedCount", supervisedCount.here() + supervisedBelow);
			model.addAttribute("supervisedBelow", supervisedBelow);
		}
		// htmx filters swap only the figures and the table.
		return htmx ? "hazard/ledger :: results" : "hazard/ledger";
	}

	/**
	 * One page of the hazards kept elsewhere, every installation's in turn, each newest
	 * first.
	 */
	private static List<LedgerElsewhere.Row> elsewhere(List<LedgerElsewhere> sources, LedgerElsewhere.Filter filter,
			int page) {
		long skip = (long) page * ELSEWHERE_ROWS;
		List<LedgerElsewhere.Row> rows = new ArrayList<>();
		for (LedgerElsewhere e : sources) {
			long count = e.count(filter);
			if (skip >= count) {
				skip -= count;
				continue;
			}
			rows.addAll(e.newest(filter, (int) skip, ELSEWHERE_ROWS - rows.size()));
			skip = 0;
			if (rows.size() >= ELSEWHERE_ROWS) {
				break;
			}
		}
		return rows;
	}

	/**
	 * The schools the filter offers: those of the chosen region, or of the whole scope
	 * when few enough; with many, none until a region narrows them (the chosen one always
	 * stays). Read a page at a time, so that a province's ledger does not read its 20,000
	 * schools to offer none of them.
	 */
	private List<SchoolSummary> schoolChoices(LedgerQuery query) {
		String region = query.regionPrefix().isEmpty() ? null : RegionCode.fromPrefix(query.regionPrefix()).value();
		List<SchoolSummary> schools = new ArrayList<>();
		Page<SchoolSummary> page = org.searchSchools(new SchoolQuery("", null, region, 0, CHOICES_PAGE, "code"));
		if (page.total() <= SCHOOL_CHOICES) {
			schools.addAll(page.items());
			while (page.hasNext()) {
				page = org.searchSchools(new SchoolQuery("", null, region, page.page() + 1, CHOICES_PAGE, "code"));
				schools.addAll(page.items());
			}
			return schools;
		}
		if (query.schoolId() == null) {
			return List.of();
		}
		try {
			SchoolSummary chosen = org.school(query.schoolId());
			return chosen.regionCode().startsWith(query.regionPrefix()) ? List.of(chosen) : List.of();
		}
		catch (NotFound outsideTheScope) {
			return List.of();
		}
	}

	/**
	 * 督办: the hazards the caller's bureau supervises (and, for a higher bureau, those its
	 * bureaus below supervise), still under supervision or ({@code closed}) also closed,
	 * with those the installations below keep under 督办 among them, read-only (ADR 0078).
	 */
	@GetMapping("/supervised")
	String supervised(@RequestParam(defaultValue = "false") boolean closed, HttpServletRequest request, Model model) {
		SupervisedCount.Board board = supervisedCount.board(closed);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("lines", board.lines(today));
		model.addAttribute("here", board.here().size());
		// the ledger's 督办 filter lists those below too; its button counts both (ADR 0075)
		model.addAttribute("elsewhereSupervised", board.below().size());
		model.addAttribute("closed", closed);
		model.addAttribute("today", today);
		// the names of the schools listed, not of every school of a province
		model.addAttribute("schoolNames",
				ledger.schoolNames(board.here().stream().map(r -> r.hazard().schoolId()).toList()));
		model.addAttribute("regionNames", org.regionNames());
		model.addAttribute("links", new LedgerLinks("/hazards/supervised", request.getParameterMap()));
		return "hazard/supervised";
	}

	/** The ledger of the chosen period as a workbook named after it. */
	@GetMapping("/export")
	void export(@ModelAttribute("query") LedgerQuery filter, @ModelAttribute("period") LedgerPeriod period,
			HttpServletResponse response) throws IOException {
		// refused before the download starts: an error page cannot follow a started file
		Callers.current().require(Permission.HAZARD_READ);
		ExcelExport.prepareDownload(response,
				DownloadName.of(org.callerUnitName(), "隐患台账（"
						+ messages.getMessage(period.labelKey(), period.labelArgs(), Locale.SIMPLIFIED_CHINESE) + "）",
						clock, ".xlsx"));
		exports.ledger(filter.in(period), response.getOutputStream());
	}

	/** 挂牌督办 list of the caller's bureau. */
	@GetMapping("/supervised/export")
	void exportSupervised(HttpServletResponse response) throws IOException {
		Callers.current().require(Permission.HAZARD_SUPERVISE);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "挂牌督办隐患清单", clock, ".xlsx"));
		exports.supervised(response.getOutputStream());
	}

}
