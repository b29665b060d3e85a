package cn.xiaoan.waters;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.org.SchoolField;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import jakarta.validation.Valid;

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
 * The staff rescue-skill training pages: the share of staff trained per school with the
 * total of the scope, a school's trained and not yet trained staff, the record form.
 */
@Controller
@RequestMapping("/waters/training")
class RescueTrainingController {

	private final RescueTrainingManagement trainings;

	private final Clock clock;

	RescueTrainingController(RescueTrainingManagement trainings, Clock clock) {
		this.trainings = trainings;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {
		List<TrainingShare> shares = trainings.shares();
		int trained = shares.stream().mapToInt(TrainingShare::trained).sum();
		int staff = shares.stream().mapToInt(TrainingShare::staff).sum();
		model.addAttribute("shares", shares);
		model.addAttribute("total", new TrainingShare(0, "", "", trained, staff));
		model.addAttribute("records", trainings.records(null, 50));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayRecord", Callers.current().can(RescueTrainingManagement.RESCUE_TRAINING_RECORD));
		return "waters/training";
	}

	@GetMapping("/schools/{school}")
	String school(@PathVariable long school, @RequestParam(required = false) Boolean trained, Model model) {
		List<TrainedStaff> staff = trainings.staffOf(school);
		List<TrainingShare> share = trainings.sharesOf(List.of(school));
		model.addAttribute("share", share.get(0));
		model.addAttribute("staff",
				trained == null ? staff : staff.stream().filter(s -> s.trained() == trained).toList());
		model.addAttribute("filter", trained);
		model.addAttribute("records", trainings.records(school, 200));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayRecord", Callers.current().can(RescueTrainingManagement.RESCUE_TRAINING_RECORD));
		return "waters/training-school";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long school, Model model) {
		// a bureau picks the school by fragments/school-picker; a school records for
		// itself, and a bureau of one school for that one
		SchoolField schools = trainings.schoolField();
		DataScope scope = Callers.current().scope();
		Long chosen = scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : school != null ? school
				: schools.listed() && schools.schools().size() == 1 ? schools.schools().get(0).id() : null;
		model.addAttribute("school", chosen);
		model.addAttribute("staff", chosen == null ? List.of() : trainings.staffChoices(chosen));
		model.addAttribute("kinds", TrainingKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "waters/training-form";
	}

	@PostMapping
	String record(@Valid RecordTraining command, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		trainings.record(command, photo == null ? null : photo.getBytes(),
				photo == null ? null : photo.getOriginalFilename());
		redirect.addFlashAttribute("message", "waters.training.recorded");
		return "redirect:/waters/training/schools/" + command.schoolId();
	}

}
