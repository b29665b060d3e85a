package cn.xiaoan.risk;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The risk inventory of a school as an Excel ledger (风险点台账). */
@Controller
class RiskLedgerController {

	private final RiskManagement risks;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	RiskLedgerController(RiskManagement risks, OrgManagement org, MessageSource messages, Clock clock) {
		this.risks = risks;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/schools/{id}/risks/export")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<RiskPoint> points = risks.ledger(id);
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response, DownloadName.of(org.school(id).name(), "风险点台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "风险点台账",
				List.of("编号", "类别", "风险点名称", "所在位置", "风险等级", "颜色标识", "评估方法", "风险值", "管控措施", "责任人", "下次复评日期"), points,
				p -> Arrays.asList(p.number(), p.categoryName(), p.name(), p.location(), label(p.level(), locale),
						p.level() == null ? "" : messages.getMessage("risk.colour." + p.level().name(), null, locale),
						p.method() == null ? "" : messages.getMessage("risk.method." + p.method(), null, locale),
						p.score(), p.controlMeasures(), p.responsiblePerson(),
						p.reviewDue() == null ? "" : p.reviewDue().toString()));
	}

	private String label(RiskLevel level, Locale locale) {
		return messages.getMessage(level == null ? "risk.level.none" : level.messageKey(), null, locale);
	}

}
