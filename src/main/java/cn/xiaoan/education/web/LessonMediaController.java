package cn.xiaoan.education.web;

import java.io.IOException;

import cn.xiaoan.education.EducationManagement;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A bureau adds a video (upload or link) to a lesson for its schools, or removes it. */
@Controller
class LessonMediaController {

	private final EducationManagement education;

	LessonMediaController(EducationManagement education) {
		this.education = education;
	}

	/**
	 * A refused video goes back to the lesson with every error next to its field and the
	 * title and link typed (platform's page error handler); a file is never kept.
	 */
	@PostMapping("/lessons/{code}/media")
	String add(@PathVariable String code, @RequestParam(required = false) String title,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile video,
			RedirectAttributes redirect) throws IOException {
		if (video != null && !video.isEmpty()) {
			education.addMediaVideo(code, title, video, video.getSize(), video.getOriginalFilename());
		}
		else {
			education.addMediaLink(code, title, url);
		}
		redirect.addFlashAttribute("flash", "lesson.media.added");
		return "redirect:/lessons/" + code + "#lesson-media";
	}

	@PostMapping("/lessons/{code}/media/{id}/delete")
	String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		education.removeMedia(id);
		redirect.addFlashAttribute("flash", "lesson.media.removed");
		return "redirect:/lessons/" + code + "#lesson-media";
	}

}
