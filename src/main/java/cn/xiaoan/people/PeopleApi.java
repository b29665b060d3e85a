package cn.xiaoan.people;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.org.Page;
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
import org.springframework.web.multipart.MultipartFile;

/** REST API of staff, students and imports; the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class PeopleApi {

	private final PeopleManagement people;

	private final PeopleRegistration registration;

	private final StudentImport studentImport;

	private final StaffImportJobs staffImportJobs;

	PeopleApi(PeopleManagement people, StudentImport studentImport, PeopleRegistration registration,
			StaffImportJobs staffImportJobs) {
		this.staffImportJobs = staffImportJobs;
		this.registration = registration;
		this.people = people;
		this.studentImport = studentImport;
	}

	@GetMapping("/schools/{id}/staff")
	List<StaffView> staff(@PathVariable long id, @RequestParam(required = false) String post) {
		return people.staff(id, post);
	}

	@PostMapping("/schools/{id}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	StaffView createStaff(@PathVariable long id, @Valid @RequestBody SaveStaff staff) {
		return registration.createStaff(id, staff);
	}

	@GetMapping("/schools/{id}/students")
	Page<StudentView> students(@PathVariable long id, @RequestParam(required = false) Long classId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "0") int page) {
		return people.students(id, classId, text, page);
	}

	@PostMapping("/schools/{id}/students")
	@ResponseStatus(HttpStatus.CREATED)
	StudentView createStudent(@PathVariable long id, @Valid @RequestBody SaveStudent student) {
		return registration.createStudent(id, student);
	}

	@GetMapping("/students/{id}")
	PeopleManagement.StudentDetail student(@PathVariable long id) {
		return people.student(id);
	}

	@GetMapping("/me/students")
	List<PeopleManagement.StudentDetail> myStudents() {
		return people.myStudents();
	}

	@PostMapping("/schools/{id}/students/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> importStudents(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam String initialPassword) throws IOException {
		UUID job = studentImport.start(id, file.getOriginalFilename(), file.getInputStream(), initialPassword);
		return Map.of("job", job, "status", "/api/v1/imports/" + job);
	}

	@PostMapping("/schools/{id}/staff/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> importStaff(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam String initialPassword) throws IOException {
		// at most one byte past the bound is held: the import refuses the file whole
		byte[] content;
		try (var in = file.getInputStream()) {
			content = in.readNBytes(cn.xiaoan.shared.ExcelTable.MAX_FILE_BYTES + 1);
		}
		UUID job = staffImportJobs.start(id, file.getOriginalFilename(), content, initialPassword);
		return Map.of("job", job, "status", "/api/v1/imports/" + job);
	}

	@GetMapping("/imports/{job}")
	ImportJob importJob(@PathVariable UUID job, @RequestParam(defaultValue = "0") int page) {
		return studentImport.job(job, page);
	}

}
