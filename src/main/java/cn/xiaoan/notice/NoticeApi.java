package cn.xiaoan.notice;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of notices (attachments are sent from the page): the same module calls as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApi {

	private final NoticeManagement notices;

	private final NoticeReceipts receipts;

	NoticeApi(NoticeManagement notices, NoticeReceipts receipts) {
		this.notices = notices;
		this.receipts = receipts;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NoticeSummary send(@Valid @RequestBody SendNotice command) {
		return notices.send(command, List.of());
	}

	@GetMapping
	List<NoticeSummary> received() {
		return notices.received();
	}

	@GetMapping("/sent")
	List<NoticeSummary> sent() {
		return notices.sent();
	}

	@GetMapping("/{id}")
	NoticeDetail open(@PathVariable long id) {
		return notices.open(id);
	}

	@GetMapping("/{id}/receipts")
	List<UnitLine> units(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return receipts.units(id, region, ReadFilter.of(filter), page, size);
	}

	@PostMapping("/{id}/withdraw")
	NoticeSummary withdraw(@PathVariable long id) {
		return notices.withdraw(id);
	}

	@PostMapping("/{id}/remind")
	Reminded remind(@PathVariable long id) {
		return notices.remind(id);
	}

}
