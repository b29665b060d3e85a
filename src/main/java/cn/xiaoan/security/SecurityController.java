package cn.xiaoan.security;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.RegionChoices;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bureau's staffing list, a school's staffing page and its facilities form. */
@Controller
class SecurityController {

	private final SecurityManagement security;

	private final OrgManagement org;

	private final MessageSource messages;

	private final java.time.Clock clock;

	SecurityController(SecurityManagement security, OrgManagement org, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.security = security;
		this.org = org;
		this.messages = messages;
	}

	/** Schools a page of the bureau's list shows. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/security/staffing")
	String staffing(@RequestParam(required = false) String region, @RequestParam(required = false) SchoolType type,
			@RequestParam(defaultValue = "true") boolean onlyShortfalls,
			@RequestParam(required = false) HundredPercent failing, @RequestParam(defaultValue = "missing") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DataScope scope = Callers.current().require(Permission.SECURITY_READ).scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			return "redirect:/schools/" + scope.schoolId() + "/security";
		}
		String chosen = region == null || !RegionCode.isValid(region) ? null : region;
		StaffingList list = security.staffingList(new SchoolQuery("", type, chosen, 0, 1, "code"), onlyShortfalls,
				failing, sort, page, PAGE_SIZE);
		model.addAttribute("hundredPercent", list.rates());
		model.addAttribute("failing", failing);
		model.addAttribute("result", list.page());
		model.addAttribute("statuses", list.page().items());
		model.addAttribute("missingTotal", list.missingTotal());
		model.addAttribute("regions", RegionChoices.of(org.regionsInScope(), scope.sqlRegionPrefix(),
				chosen == null ? "" : RegionCode.of(chosen).prefix()));
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("region", chosen);
		model.addAttribute("type", type);
		model.addAttribute("onlyShortfalls", onlyShortfalls);
		model.addAttribute("sort", sort);
		return "security/staffing";
	}

	@GetMapping("/security/staffing/export")
	void export(@RequestParam(required = false) String region, @RequestParam(required = false) SchoolType type,
			@RequestParam(defaultValue = "true") boolean onlyShortfalls,
			@RequestParam(required = false) HundredPercent failing, @RequestParam(defaultValue = "missing") String sort,
			HttpServletResponse response) throws IOException {
		List<StaffingStatus> statuses = security.statuses(new SchoolQuery("", type, region, 0, 1, "code"),
				onlyShortfalls, failing, sort);
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "保安配备", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "保安配备",
				List.of("学校代码", "学校名称", "行政区划", "学校类型", "学生数", "教师数", "师生数", "寄宿生数", "按规模应配", "按寄宿应配", "应配专职保安",
						"实配专职保安", "缺口", "封闭化管理", "一键报警", "报警与公安联网", "视频监控与公安联网", "视频保存天数", "不达标项"),
				statuses,
				s -> List.of(s.school().code(), s.school().name(), s.school().regionName(),
						s.school().type().chineseName(), s.school().studentCount(), s.teachers(),
						s.teachersAndStudents(), s.school().boarderCount(), s.requirement().bySize(),
						s.requirement().byBoarding(), s.requirement().required(), s.fullTimeGuards(), s.missingGuards(),
						s.facilities().closedManagement(), s.facilities().oneButtonAlarm(),
						s.facilities().alarmLinkedPolice(), s.facilities().videoLinkedPolice(),
						s.facilities().videoRetentionDays(), String.join("；",
								s.shortfalls().stream().map(k -> messages.getMessage(k, null, k, locale)).toList())));
	}

	@GetMapping("/schools/{id}/security")
	String school(@PathVariable long id, Model model) {
		model.addAttribute("status", security.status(id));
		model.addAttribute("canEdit", Callers.current().can(Permission.SECURITY_EDIT));
		return "security/school";
	}

	@PostMapping("/schools/{id}/security")
	String record(@PathVariable long id, @RequestParam(defaultValue = "false") boolean closedManagement,
			@RequestParam(defaultValue = "false") boolean oneButtonAlarm,
			@RequestParam(defaultValue = "false") boolean alarmLinkedPolice,
			@RequestParam(defaultValue = "false") boolean videoSurveillance,
			@RequestParam(defaultValue = "false") boolean videoLinkedPolice,
			@RequestParam(defaultValue = "0") String videoRetentionDays, Model model) {
		int days;
		try {
			days = Integer.parseInt(videoRetentionDays.trim());
			if (days < 0 || days > 3650) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			model.addAttribute("daysError", true);
			return school(id, model);
		}
		security.recordFacilities(id, new Facilities(closedManagement, oneButtonAlarm, alarmLinkedPolice,
				videoSurveillance, videoLinkedPolice, days, null, null));
		return "redirect:/schools/" + id + "/security?saved";
	}

}
