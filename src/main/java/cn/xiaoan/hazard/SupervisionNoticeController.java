package cn.xiaoan.hazard;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads the 限期整改通知 of a supervised hazard. */
@Controller
class SupervisionNoticeController {

	private final SupervisionNotice notice;

	SupervisionNoticeController(SupervisionNotice notice) {
		this.notice = notice;
	}

	@GetMapping({ "/hazards/{id}/notice.pdf", "/api/v1/hazards/{id}/notice.pdf" })
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		byte[] pdf = notice.render(id, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("notice-" + id + ".pdf").build().toString())
			.body(pdf);
	}

}
