package cn.xiaoan.notice;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Excel of a notice's receipts: one line per addressed school, bureau, staff group or
 * class, read or not, through the same module calls (and scope checks) as the page.
 */
@Controller
@RequestMapping("/notices")
class NoticeExportController {

	static final int CHUNK = 5000;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NoticeManagement notices;

	private final NoticeReceipts receipts;

	private final MessageSource messages;

	private final Clock clock;

	NoticeExportController(NoticeManagement notices, NoticeReceipts receipts, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.receipts = receipts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/{id}/export")
	void export(@PathVariable long id, @RequestParam(required = false) String region, HttpServletResponse response)
			throws IOException {
		NoticeSummary notice = notices.sentNotice(id);
		List<UnitLine> lines = new ArrayList<>();
		for (int page = 0;; page++) {
			List<UnitLine> chunk = receipts.units(id, region, ReadFilter.ALL, page, CHUNK);
			lines.addAll(chunk);
			if (chunk.size() < CHUNK) {
				break;
			}
		}
		Locale l = LocaleContextHolder.getLocale();
		String name = text("notice.export.name", l);
		ExcelExport.prepareDownload(response, DownloadName.of(notice.title(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(text("notice.unit", l), text("notice.unit.kind", l),
				text("notice.read.status", l), text("notice.read.firstAt", l), text("notice.read.firstBy",
						l),
				text("notice.readers", l), text("notice.addressed", l), text("notice.remindedAt", l)), lines,
				u -> List.of(u.name(), text("notice.unit.kind." + u.kind(), l),
						text(u.read() ? "notice.read.done" : "notice.read.pending", l), format(u.readAt()),
						u.readBy() == null ? "" : u.readBy(), u.readers(), u.kind() == 'C' ? u.addressed() : "",
						format(u.remindedAt())));
	}

	private String format(Instant time) {
		return time == null ? "" : MINUTE.format(time.atZone(ZoneId.of("Asia/Shanghai")));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
