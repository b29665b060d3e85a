package cn.xiaoan.surroundings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.file.Files;
import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
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
 * The cases: the list (a partner's inbox of its own department's cases), a case with its
 * timeline and evidence, the department's answer, the county's confirmation or reopening.
 */
@Controller
@RequestMapping("/surroundings/venue-cases")
class CaseController {

	private final CaseManagement cases;

	private final java.time.Clock clock;

	CaseController(CaseManagement cases, java.time.Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, Model model) {
		model.addAttribute("cases", cases.list(state));
		model.addAttribute("state", state == null ? "" : state);
		return "surroundings/cases";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		CaseView view = cases.detail(id);
		model.addAttribute("c", view);
		model.addAttribute("closable", cases.closable(view));
		model.addAttribute("today", java.time.LocalDate.now(clock));
		return "surroundings/case";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @Valid CloseCase command,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photos, RedirectAttributes redirect)
			throws IOException {
		cases.close(id, command, photos(photos));
		redirect.addFlashAttribute("message", "surroundings.case.closed");
		return "redirect:/surroundings/venue-cases/" + id;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		cases.confirm(id, note);
		redirect.addFlashAttribute("message", "surroundings.case.confirmed");
		return "redirect:/surroundings/venue-cases/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		cases.reopen(id, note);
		redirect.addFlashAttribute("message", "surroundings.case.reopened");
		return "redirect:/surroundings/venue-cases/" + id;
	}

	@GetMapping("/{id}/files/{file}")
	ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable UUID file) {
		Files.Stream stream = cases.photo(id, file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stream.file().contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(stream.resource());
	}

	static List<CaseManagement.Photo> photos(List<MultipartFile> parts) throws IOException {
		List<CaseManagement.Photo> photos = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (!part.isEmpty()) {
					photos.add(new CaseManagement.Photo(part.getBytes(), part.getOriginalFilename()));
				}
			}
		}
		return photos;
	}

}
