package cn.xiaoan.education;

import java.io.IOException;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A bureau adds a video (upload or link) to a lesson for its schools, or removes it. */
@Controller
class LessonMediaController {

	private final LessonMediaManagement media;

	LessonMediaController(LessonMediaManagement media) {
		this.media = media;
	}

	/** What the lesson page shows of the media and whether the caller may add some. */
	void show(String code, Model model) {
		CurrentUser me = Callers.current();
		model.addAttribute("media", media.media(code));
		model.addAttribute("canAssign",
				me.can(Permission.EDUCATION_ASSIGN) && me.scope().kind() == DataScope.Kind.SCHOOL);
		model.addAttribute("canEditMedia", me.can(Permission.EDUCATION_CAMPAIGN)
				&& (me.scope().kind() == DataScope.Kind.REGION || me.scope().kind() == DataScope.Kind.ALL));
	}

	@PostMapping("/lessons/{code}/media")
	String add(@PathVariable String code, @RequestParam String title, @RequestParam(required = false) String url,
			@RequestParam(required = false) MultipartFile video, RedirectAttributes redirect) throws IOException {
		try {
			if (video != null && !video.isEmpty()) {
				media.addVideo(code, title, video, video.getSize(), video.getOriginalFilename());
			}
			else {
				media.addLink(code, title, url);
			}
			redirect.addFlashAttribute("flash", "lesson.media.added");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("mediaError", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/lessons/" + code + "#lesson-media";
	}

	@PostMapping("/lessons/{code}/media/{id}/delete")
	String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		media.remove(id);
		redirect.addFlashAttribute("flash", "lesson.media.removed");
		return "redirect:/lessons/" + code + "#lesson-media";
	}

}
