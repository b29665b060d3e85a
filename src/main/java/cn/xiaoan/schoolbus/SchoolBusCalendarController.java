package cn.xiaoan.schoolbus;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's table of official holidays and make-up working days, a year a page.
 */
@Controller
@RequestMapping("/school-buses/calendar")
class SchoolBusCalendarController {

	private final HolidayCalendar calendar;

	private final Fleet fleet;

	SchoolBusCalendarController(HolidayCalendar calendar, Fleet fleet) {
		this.calendar = calendar;
		this.fleet = fleet;
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		cn.xiaoan.shared.Callers.current().require(SchoolBusPermissions.CALENDAR);
		int shown = year == null || year < 2000 || year > 2100 ? fleet.today().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.year(shown));
		return "schoolbus/calendar";
	}

	@PostMapping
	String set(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam boolean working, @RequestParam String name, @RequestParam(required = false) String source,
			RedirectAttributes redirect) {
		calendar.set(day, working, name, source);
		redirect.addFlashAttribute("message", "schoolbus.calendar.saved");
		return "redirect:/school-buses/calendar?year=" + day.getYear();
	}

	@PostMapping("/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		calendar.remove(day);
		redirect.addFlashAttribute("message", "schoolbus.calendar.removed");
		return "redirect:/school-buses/calendar?year=" + day.getYear();
	}

}
