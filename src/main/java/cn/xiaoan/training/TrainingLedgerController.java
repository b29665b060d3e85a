package cn.xiaoan.training;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.org.OrgManagement;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The training bookings the caller sees as an Excel ledger (实训预约台账). */
@Controller
class TrainingLedgerController {

	private final TrainingBookings bookings;

	private final MessageSource messages;

	private final Clock clock;

	private final OrgManagement org;

	TrainingLedgerController(TrainingBookings bookings, MessageSource messages, Clock clock, OrgManagement org) {
		this.org = org;
		this.bookings = bookings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/training/bookings/export")
	void export(@RequestParam(required = false) Long base, HttpServletResponse response) throws IOException {
		List<TrainingBookings.LedgerRow> rows = bookings.ledger(base);
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "实训预约台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "实训预约台账",
				List.of("实训基地", "课程", "场次日期", "开始时间", "结束时间", "学校", "班级", "带队教师", "预约人数", "签到人数", "状态", "预约时间"), rows,
				r -> {
					Booking b = r.booking();
					TrainingSession s = r.session();
					return Arrays.asList(s.baseName(), s.courseTitle(), s.day().toString(), s.startsAt().toString(),
							s.endsAt().toString(), b.schoolName(), b.className() == null ? "" : b.className(),
							b.leadTeacher() == null ? "" : b.leadTeacher(), b.students(), b.arrived(),
							messages.getMessage(b.status().messageKey(), null, locale),
							ExcelExport.minute(b.bookedAt()));
				});
	}

}
