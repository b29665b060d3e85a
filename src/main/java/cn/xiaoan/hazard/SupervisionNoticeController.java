package cn.xiaoan.hazard;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads the 限期整改通知 of a supervised hazard from its page; the API answers the same
 * file at {@code /api/v1/hazards/{id}/notice.pdf} ({@link HazardApi}).
 */
@Controller
class SupervisionNoticeController {

	private final SupervisionNotice notice;

	SupervisionNoticeController(SupervisionNotice notice) {
		this.notice = notice;
	}

	@GetMapping("/hazards/{id}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return notice.download(id);
	}

}
