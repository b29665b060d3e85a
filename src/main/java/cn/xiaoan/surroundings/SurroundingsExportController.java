package cn.xiaoan.surroundings;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel of each register (the ledgers): venues, cases, guard posts, check-ins and checks,
 * in the reader's language, through the same module calls (and scope checks) as the
 * pages.
 */
@Controller
@RequestMapping("/surroundings")
class SurroundingsExportController {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SurroundingsManagement register;

	private final CaseManagement cases;

	private final GuardPostManagement posts;

	private final CheckManagement checks;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	SurroundingsExportController(SurroundingsManagement register, CaseManagement cases, GuardPostManagement posts,
			CheckManagement checks, OrgManagement org, MessageSource messages, Clock clock) {
		this.register = register;
		this.cases = cases;
		this.posts = posts;
		this.checks = checks;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	void venues(HttpServletResponse response) throws IOException {
		List<VenueSummary> rows = register.list();
		Locale l = LocaleContextHolder.getLocale();
		String name = text("surroundings.export.venues", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, headers(l, "surroundings.venue.name",
				"surroundings.venue.kind", "surroundings.venue.address", "surroundings.venue.position",
				"surroundings.venue.nearest", "surroundings.venue.distance", "surroundings.venue.flagged",
				"surroundings.department", "surroundings.case.state", "surroundings.venue.by", "surroundings.venue.at"),
				rows,
				v -> List.of(v.name(), text(v.kind().messageKey(), l), v.address(),
						String.format(Locale.ROOT, "%.6f, %.6f", v.longitude(), v.latitude()),
						v.nearestSchool() == null ? "" : v.nearestSchool(), v.distanceM() == null ? "" : v.distanceM(),
						text(v.flagged() ? "surroundings.yes" : "surroundings.no", l),
						text(v.department().messageKey(), l),
						v.caseState() == null ? "" : text(v.caseState().messageKey(), l), v.byName(),
						MINUTE.format(v.createdAt())));
	}

	@GetMapping("/venue-cases/export")
	void cases(HttpServletResponse response) throws IOException {
		List<CaseView> rows = cases.list(null);
		Locale l = LocaleContextHolder.getLocale();
		String name = text("surroundings.export.cases", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				headers(l, "surroundings.venue.name", "surroundings.venue.kind", "surroundings.venue.address",
						"surroundings.venue.distance", "surroundings.department", "surroundings.case.state",
						"surroundings.case.opened", "surroundings.case.deadline", "surroundings.case.overdue",
						"surroundings.case.actedOn", "surroundings.case.result"),
				rows,
				c -> List.of(c.venueName(), text(c.kind().messageKey(), l), c.address(),
						c.distanceM() == null ? "" : c.distanceM(), text(c.department().messageKey(), l),
						text(c.state().messageKey(), l), MINUTE.format(c.openedAt()), c.deadline().toString(),
						text(c.overdue() ? "surroundings.yes" : "surroundings.no", l),
						c.actedOn() == null ? "" : c.actedOn().toString(), c.result() == null ? "" : c.result()));
	}

	@GetMapping("/guard-posts/export")
	void guardPosts(HttpServletResponse response) throws IOException {
		List<GuardPost> rows = posts.posts();
		Locale l = LocaleContextHolder.getLocale();
		String name = text("surroundings.export.posts", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				headers(l, "surroundings.school", "surroundings.post.name", "surroundings.post.location",
						"surroundings.post.slot", "surroundings.post.days", "surroundings.post.window",
						"surroundings.post.police", "surroundings.post.staff", "surroundings.post.volunteers",
						"surroundings.post.people", "surroundings.post.checkIns", "surroundings.post.gaps"),
				rows,
				p -> List.of(p.schoolName(), p.name(), p.location(), text(p.slot().messageKey(), l), days(p, l),
						p.startsAt() + "-" + p.endsAt(), p.police(), p.staff(), p.volunteers(), p.people(),
						p.checkIns(), p.gaps()));
	}

	@GetMapping("/check-ins/export")
	void checkIns(HttpServletResponse response) throws IOException {
		List<CheckIn> rows = posts.checkIns(5000);
		Locale l = LocaleContextHolder.getLocale();
		String name = text("surroundings.export.checkIns", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				headers(l, "surroundings.school", "surroundings.post.name", "surroundings.checkIn.at",
						"surroundings.checkIn.by", "surroundings.checkIn.position", "surroundings.checkIn.photo",
						"surroundings.checkIn.note"),
				rows,
				c -> List.of(c.schoolName(), c.postName(), MINUTE.format(c.checkedAt()), c.byName(),
						c.latitude() == null ? ""
								: String.format(Locale.ROOT, "%.5f, %.5f", c.latitude(), c.longitude()),
						text(c.photo() ? "surroundings.yes" : "surroundings.no", l), c.note()));
	}

	@GetMapping("/checks/export")
	void checks(HttpServletResponse response) throws IOException {
		List<VenueCheck> rows = checks.checks(5000);
		Locale l = LocaleContextHolder.getLocale();
		String name = text("surroundings.export.checks", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				headers(l, "surroundings.school", "surroundings.check.at", "surroundings.check.outcome",
						"surroundings.venue.name", "surroundings.check.finding", "surroundings.checkIn.position",
						"surroundings.checkIn.photo", "surroundings.check.by"),
				rows,
				c -> List.of(c.schoolName(), MINUTE.format(c.checkedAt()), text(c.outcome().messageKey(), l),
						c.venueName() == null ? "" : c.venueName(), c.finding(),
						c.latitude() == null ? ""
								: String.format(Locale.ROOT, "%.5f, %.5f", c.latitude(), c.longitude()),
						text(c.photo() ? "surroundings.yes" : "surroundings.no", l), c.byName()));
	}

	private String days(GuardPost p, Locale l) {
		return String.join(" ", p.weekdays().stream().map(d -> text("surroundings.day." + d, l)).toList());
	}

	private List<String> headers(Locale l, String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text(k, l)).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
