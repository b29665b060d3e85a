package cn.xiaoan.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notice pages: 我的通知, the notices sent, the form, and a notice with the reader's view
 * or the sender's receipts.
 */
@Controller
@RequestMapping("/notices")
class NoticeController {

	static final int PAGE_SIZE = 50;

	private final NoticeManagement notices;

	private final NoticeReceipts receipts;

	private final OrgManagement org;

	private final SchoolStructure structure;

	NoticeController(NoticeManagement notices, NoticeReceipts receipts, OrgManagement org, SchoolStructure structure) {
		this.notices = notices;
		this.receipts = receipts;
		this.org = org;
		this.structure = structure;
	}

	@GetMapping
	String received(Model model) {
		model.addAttribute("notices", notices.received());
		model.addAttribute("now", java.time.Instant.now());
		return "notice/list";
	}

	@GetMapping("/sent")
	String sent(Model model) {
		model.addAttribute("notices", notices.sent());
		return "notice/sent";
	}

	@GetMapping("/new")
	String form(Model model) {
		CurrentUser caller = Callers.current().require(NoticeManagement.NOTICE_SEND);
		boolean bureau = caller.scope().kind() == DataScope.Kind.REGION;
		model.addAttribute("bureau", bureau);
		model.addAttribute("categories", NoticeCategory.values());
		if (bureau) {
			model.addAttribute("audiences",
					List.of(StaffAudience.LEADERS, StaffAudience.ALL_STAFF, StaffAudience.NONE));
			model.addAttribute("types", SchoolType.values());
			Map<String, String> regions = new LinkedHashMap<>();
			org.regionsInScope().stream().filter(r -> !r.retired()).forEach(r -> regions.put(r.code(), r.name()));
			model.addAttribute("regions", regions);
		}
		else {
			boolean head = !NoticeManagement.leads(caller);
			model.addAttribute("audiences", head ? List.of(StaffAudience.NONE) : List.of(StaffAudience.NONE,
					StaffAudience.ALL_STAFF, StaffAudience.LEADERS, StaffAudience.HEAD_TEACHERS));
			model.addAttribute("classes", structure.classes(caller.scope().schoolId()));
		}
		return "notice/form";
	}

	/** Invalid input goes back to the form with its errors (platform's PageErrors). */
	@PostMapping
	String send(@Valid SendNotice command,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
			RedirectAttributes redirect) throws IOException {
		List<SendNotice.Attachment> files = new ArrayList<>();
		for (MultipartFile f : attachments == null ? List.<MultipartFile>of() : attachments) {
			if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
				files.add(new SendNotice.Attachment(f.getOriginalFilename(), f.getBytes()));
			}
		}
		NoticeSummary sent = notices.send(command, files);
		redirect.addFlashAttribute("message", command.publish() ? "notice.sent" : "notice.saved");
		return "redirect:/notices/" + sent.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String filter, @RequestParam(defaultValue = "0") int page, Model model) {
		NoticeDetail detail = notices.open(id);
		model.addAttribute("detail", detail);
		model.addAttribute("now", java.time.Instant.now());
		if (detail.manages()) {
			ReadFilter f = ReadFilter.of(filter);
			model.addAttribute("filter", f);
			model.addAttribute("filters", ReadFilter.values());
			if (detail.fromSchool()) {
				model.addAttribute("lines", receipts.units(id, null, f, 0, 500));
			}
			else {
				ReceiptTally tally = receipts.tally(id, region);
				int total = f.count(tally.region());
				int last = Math.max(0, (total - 1) / PAGE_SIZE);
				int p = Math.min(Math.max(page, 0), last);
				model.addAttribute("tally", tally);
				model.addAttribute("total", total);
				model.addAttribute("page", p);
				model.addAttribute("lastPage", last);
				model.addAttribute("lines", receipts.units(id, tally.region().prefix(), f, p, PAGE_SIZE));
			}
		}
		return "notice/detail";
	}

	/**
	 * The staff of a school's notice, or the readers of one unit of a bureau's notice.
	 */
	@GetMapping("/{id}/readers")
	String readers(@PathVariable long id, @RequestParam(required = false) String unit, Model model) {
		NoticeDetail detail = notices.open(id);
		model.addAttribute("detail", detail);
		boolean staff = unit == null || unit.startsWith("T:");
		model.addAttribute("people", staff && detail.fromSchool() ? receipts.staff(id) : receipts.readers(id, unit));
		model.addAttribute("students", false);
		return "notice/people";
	}

	/** Each student of a class of a school's notice, with their parents' reading. */
	@GetMapping("/{id}/classes/{classId}")
	String students(@PathVariable long id, @PathVariable long classId, Model model) {
		NoticeDetail detail = notices.open(id);
		model.addAttribute("detail", detail);
		model.addAttribute("people", receipts.students(id, classId));
		model.addAttribute("students", true);
		return "notice/people";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		notices.publish(id);
		redirect.addFlashAttribute("message", "notice.sent");
		return "redirect:/notices/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		notices.withdraw(id);
		redirect.addFlashAttribute("message", "notice.withdrawn");
		return "redirect:/notices/" + id;
	}

	@PostMapping("/{id}/remind")
	String remind(@PathVariable long id, RedirectAttributes redirect) {
		Reminded reminded = notices.remind(id);
		redirect.addFlashAttribute("message", "notice.reminded");
		redirect.addFlashAttribute("remindedUnits", reminded.units());
		return "redirect:/notices/" + id;
	}

	/** Downloads an attachment of a notice the caller may read. */
	@GetMapping("/{id}/attachments/{fileId}")
	ResponseEntity<org.springframework.core.io.Resource> attachment(@PathVariable long id, @PathVariable UUID fileId) {
		var stream = notices.attachment(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stream.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(stream.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(stream.resource());
	}

}
