package cn.xiaoan.surroundings;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.shared.Callers;
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
 * The guard posts: the schedule with its gaps (per school, and rolled up for a county),
 * the school's form for a post, and the check-in page a phone keeps offline (ADR 0039's
 * shared queue and service worker, served under {@code /surroundings/}).
 */
@Controller
@RequestMapping("/surroundings")
class GuardPostController {

	private final GuardPostManagement posts;

	private final SurroundingsManagement register;

	GuardPostController(GuardPostManagement posts, SurroundingsManagement register) {
		this.posts = posts;
		this.register = register;
	}

	@GetMapping("/guard-posts")
	String schedule(Model model) {
		List<GuardPost> list = posts.posts();
		model.addAttribute("posts", list);
		model.addAttribute("gaps", posts.gaps(200));
		Map<String, int[]> bySchool = new TreeMap<>();
		list.forEach(p -> {
			int[] row = bySchool.computeIfAbsent(p.schoolName(), k -> new int[3]);
			row[0]++;
			row[1] += p.checkIns();
			row[2] += p.gaps();
		});
		model.addAttribute("bySchool", bySchool);
		model.addAttribute("slots", GuardSlot.values());
		boolean plans = Callers.current().can(SurroundingsPermissions.POSTS);
		model.addAttribute("schools", plans ? register.positions() : List.of());
		return "surroundings/posts";
	}

	@PostMapping("/guard-posts")
	String plan(@Valid PlanPost command, RedirectAttributes redirect) {
		posts.plan(command);
		redirect.addFlashAttribute("message", "surroundings.post.planned");
		return "redirect:/surroundings/guard-posts";
	}

	@GetMapping("/check-in")
	String checkInPage(Model model) {
		Callers.current().require(SurroundingsPermissions.CHECK_IN);
		model.addAttribute("posts", posts.posts());
		model.addAttribute("mine", posts.checkIns(20));
		return "surroundings/checkin";
	}

	/**
	 * A service worker controls the pages under its own path: this one,
	 * {@code /surroundings/}.
	 */
	@GetMapping("/offline-sw.js")
	String serviceWorker() {
		Callers.current().require(SurroundingsPermissions.CHECK_IN);
		return "forward:/js/offline-sw.js";
	}

	@PostMapping("/check-ins")
	String checkIn(@Valid @ModelAttribute RecordCheckIn command,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		posts.checkIn(command, photo(photo));
		redirect.addFlashAttribute("message", "surroundings.checkIn.recorded");
		return "redirect:/surroundings/check-in";
	}

	static CaseManagement.Photo photo(MultipartFile part) throws IOException {
		return part == null || part.isEmpty() ? null
				: new CaseManagement.Photo(part.getBytes(), part.getOriginalFilename());
	}

}
