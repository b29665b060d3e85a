package cn.xiaoan.duty;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A bureau's signing rates per unit below its region, drilling down province → city →
 * county → school, and their Excel export.
 */
@Controller
class DutyRatesController {

	private final DutyRates rates;

	private final MessageSource messages;

	private final Clock clock;

	DutyRatesController(DutyRates rates, MessageSource messages, Clock clock) {
		this.rates = rates;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/duty/rates")
	String rates(@RequestParam(required = false) String region, Model model) {
		model.addAttribute("rates", rates.below(region));
		return "duty/rates";
	}

	@GetMapping("/duty/rates.xlsx")
	void excel(@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		SigningRates figures = rates.below(region);
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response,
				DownloadName.of(figures.regionName(), text(locale, "duty.rates.file"), clock, ".xlsx"));
		List<SigningRates.Row> rows = new ArrayList<>(figures.rows());
		rows.add(figures.total());
		ExcelExport.write(response.getOutputStream(), text(locale, "duty.rates.sheet"),
				List.of(text(locale, figures.ofSchools() ? "duty.col.school" : "duty.col.region"),
						text(locale, "duty.col.holding"), text(locale, "duty.col.signed"),
						text(locale, "duty.col.unsigned"), text(locale, "duty.col.rate")),
				rows,
				r -> List.of(r.name(), r.holding(), r.signed(), r.unsigned(), r.rate() == null ? "" : r.rate() + "%"));
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}

}
