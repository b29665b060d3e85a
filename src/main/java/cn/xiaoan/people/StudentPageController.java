package cn.xiaoan.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A student's page: the card, the audited reveal, guardian consent, leaving and
 * anonymisation, the export of the student's data, and the correction form.
 */
@Controller
class StudentPageController {

	private final PeopleManagement people;

	private final GuardianConsents consents;

	private final StudentRetention retention;

	private final StudentCorrection correction;

	private final SchoolStructure structure;

	private final PasswordResets resets;

	StudentPageController(PeopleManagement people, GuardianConsents consents, StudentRetention retention,
			StudentCorrection correction, SchoolStructure structure, PasswordResets resets) {
		this.resets = resets;
		this.people = people;
		this.consents = consents;
		this.retention = retention;
		this.correction = correction;
		this.structure = structure;
	}

	@GetMapping("/students/{id}")
	String student(@PathVariable long id, Model model) {
		PeopleManagement.StudentDetail detail = people.student(id);
		CurrentUser caller = Callers.current();
		StudentRetention.Status status = retention.status(id);
		model.addAttribute("detail", detail);
		model.addAttribute("canRevealIdCard", StudentFields.REVEAL_ID_CARD.contains(caller.role()));
		model.addAttribute("canRevealPhones", StudentFields.REVEAL_GUARDIAN_PHONES.contains(caller.role()));
		model.addAttribute("isPrincipal", caller.role() == Role.PRINCIPAL);
		model.addAttribute("canEdit", caller.can(Permission.PEOPLE_EDIT));
		model.addAttribute("consent", consents.state(id));
		model.addAttribute("left", status.left());
		model.addAttribute("anonymised", status.anonymised());
		model.addAttribute("leaveReasons", List.of("TRANSFERRED_OUT", "DROPPED_OUT"));
		model.addAttribute("resettable", status.anonymised() ? List.of() : resets.ofStudent(id));
		model.addAttribute("retentionYears",
				detail.school() == null ? 0 : retention.retentionYears(detail.school().regionCode()));
		return "people/student";
	}

	@GetMapping("/students/{id}/edit")
	String correctionForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		StudentView student = people.student(id).student();
		model.addAttribute("student", student);
		model.addAttribute("correction", new CorrectStudent(student.classId(), student.name(), "", student.boarder()));
		Map<Long, String> classNames = new LinkedHashMap<>();
		structure.classesOf(student.schoolId()).forEach((SchoolClass c) -> classNames.put(c.id(), c.fullName()));
		model.addAttribute("classNames", classNames);
		return "people/student-correct";
	}

	/** A refused correction goes back to the form with every error and what was typed. */
	@PostMapping("/students/{id}/edit")
	String correct(@PathVariable long id, @Valid CorrectStudent correction) {
		this.correction.correct(id, correction);
		return "redirect:/students/" + id + "?saved";
	}

}
