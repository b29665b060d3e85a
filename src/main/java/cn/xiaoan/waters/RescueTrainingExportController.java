package cn.xiaoan.waters;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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

/** Excel of the staff rescue-skill trainings of the caller's scope, in its language. */
@Controller
@RequestMapping("/waters/training")
class RescueTrainingExportController {

	private final RescueTrainingManagement trainings;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	RescueTrainingExportController(RescueTrainingManagement trainings, OrgManagement org, MessageSource messages,
			Clock clock) {
		this.trainings = trainings;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		List<TrainingRow> rows = trainings.records(null, 10_000);
		Locale l = LocaleContextHolder.getLocale();
		LocalDate today = LocalDate.now(clock);
		String name = text("waters.training.exportName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				List.of(text("waters.school", l), text("waters.training.trainedOn", l), text("waters.training.kind", l),
						text("waters.training.trainer", l), text("waters.training.hours", l),
						text("waters.training.certificateNo", l), text("waters.training.validUntil", l),
						text("waters.training.state", l), text("waters.training.staff", l)),
				rows,
				r -> List.of(r.schoolName(), r.trainedOn().toString(), text(r.kind().messageKey(), l), r.trainer(),
						r.hours().toPlainString(), r.certificateNo() == null ? "" : r.certificateNo(),
						r.validUntil() == null ? text("waters.training.noEnd", l) : r.validUntil().toString(),
						text(r.validOn(today) ? "waters.training.valid" : "waters.training.expired", l),
						String.join(", ", r.staff())));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
