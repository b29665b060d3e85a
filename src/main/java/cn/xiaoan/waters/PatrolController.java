package cn.xiaoan.waters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patrol form a phone keeps offline (ADR 0039): the page, the service worker that
 * caches it (the shared {@code /js/offline-sw.js}, served under {@code /waters/} so that
 * it may control this page), and the form's plain submission when scripts are off.
 */
@Controller
@RequestMapping("/waters")
class PatrolController {

	private final WatersManagement waters;

	private final PatrolManagement patrols;

	PatrolController(WatersManagement waters, PatrolManagement patrols) {
		this.waters = waters;
		this.patrols = patrols;
	}

	@GetMapping("/patrol")
	String page(Model model) {
		cn.xiaoan.shared.Callers.current().require(WatersManagement.WATERS_PATROL);
		model.addAttribute("waters", waters.list());
		model.addAttribute("findingKinds", Finding.values());
		model.addAttribute("mine", patrols.patrols(20));
		return "waters/patrol";
	}

	/**
	 * A service worker controls the pages under its own path: this one, {@code /waters/}.
	 */
	@GetMapping("/offline-sw.js")
	String serviceWorker() {
		cn.xiaoan.shared.Callers.current().require(WatersManagement.WATERS_PATROL);
		return "forward:/js/offline-sw.js";
	}

	@PostMapping("/patrols")
	String record(@Valid @ModelAttribute RecordPatrol command,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photos, RedirectAttributes redirect)
			throws IOException {
		patrols.record(command, photos(photos));
		redirect.addFlashAttribute("message", "waters.patrol.recorded");
		return "redirect:/waters/patrol";
	}

	static List<PatrolManagement.Photo> photos(List<MultipartFile> parts) throws IOException {
		List<PatrolManagement.Photo> photos = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (!part.isEmpty()) {
					photos.add(new PatrolManagement.Photo(part.getBytes(), part.getOriginalFilename()));
				}
			}
		}
		return photos;
	}

}
