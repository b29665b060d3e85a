package cn.xiaoan.people;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.people.privacy.PersonalDataMask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.Permission;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's students from Excel: every row is checked first (required values,
 * ID-card check digit, duplicates in the file and in the platform, known grade), and all
 * problems are reported together; only a file without problems is imported, in one
 * transaction, with accounts for students and parents on an initial password that must be
 * changed at first sign-in. Missing classes of a known grade are created.
 */
@Service
class StudentImport {

	static final List<String> HEADERS = List.of("学籍号", "姓名", "身份证号", "年级", "班级", "是否住校", "监护人姓名", "监护人电话", "与学生关系");

	/** A large school has 10,000 students; the bound keeps one upload's work bounded. */
	static final int MAX_ROWS = 30_000;

	/** Columns whose values are masked in problems: they identify a child or a parent. */
	static final Set<String> PERSONAL = Set.of("学籍号", "身份证号", "监护人电话");

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PeopleBulkLoad bulk;

	private final ImportJobs jobs;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final StudentClaims claims;

	private final ExistingStudents existing;

	StudentImport(OrgManagement org, PeopleBulkLoad bulk, ImportJobs jobs, PasswordEncoder encoder,
			TransactionTemplate tx, SchoolStructure structure,
			org.springframework.context.ApplicationEventPublisher events, StudentClaims claims,
			ExistingStudents existing) {
		this.existing = existing;
		this.events = events;
		this.claims = claims;
		this.structure = structure;
		this.org = org;
		this.bulk = bulk;
		this.jobs = jobs;
		this.encoder = encoder;
		this.tx = tx;
	}

	/** Starts the import in the background and answers the job to poll. */
	public UUID start(long schoolId, String fileName, InputStream content, String initialPassword) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		SchoolSummary school = org.school(schoolId);
		String problem = PasswordRules.problem(initialPassword, null);
		if (problem != null) {
			throw new BusinessRuleViolation("initialPassword", problem);
		}
		Path file;
		try {
			file = Files.createTempFile("xiaoan-students", ".xlsx");
			Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return jobs.start("STUDENT", schoolId, fileName, id -> {
			try {
				run(id, school, file, initialPassword);
			}
			finally {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temp file left behind is harmless
				}
			}
		});
	}

	public ImportJob job(UUID id) {
		return jobs.find(id);
	}

	/** The job with one page of its problems. */
	public ImportJob job(UUID id, int page) {
		return jobs.find(id, page);
	}

	private record Parsed(int row, NewStudent student, String gradeName, String className) {
	}

	private void run(UUID jobId, SchoolSummary school, Path file, String initialPassword) {
		Map<String, Long> grades = structure.gradesOf(school.id());
		List<Parsed> rows = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		Map<String, Integer> cards = new HashMap<>();
		// data rows read, blank ones skipped: what "已处理 n 行" counts
		int[] read = { 0 };
		List<ImportProblem> problems;
		try (InputStream in = Files.newInputStream(file)) {
			problems = ExcelTable.read(in, List.of("学籍号", "姓名", "年级", "班级"), MAX_ROWS, PERSONAL, row -> {
				int before = row.problemCount();
				read[0]++;
				String no = row.required("学籍号", 30);
				if (no != null && numbers.putIfAbsent(no, row.rowNumber()) != null) {
					row.problem("学籍号", "import.value.duplicate", no);
				}
				String name = row.required("姓名", 50);
				String card = row.optional("身份证号", 18);
				if (card != null && !card.isEmpty()) {
					card = card.toUpperCase();
					String cardProblem = IdCardNumber.problem(card);
					if (cardProblem != null) {
						row.problem("身份证号", cardProblem, card);
					}
					else if (cards.putIfAbsent(card, row.rowNumber()) != null) {
						row.problem("身份证号", "import.value.duplicate", PersonalDataMask.idCard(card));
					}
				}
				String grade = row.required("年级", 20);
				if (grade != null && !grades.containsKey(grade)) {
					row.problem("年级", "student.grade.unknown", grade);
				}
				String className = row.required("班级", 30);
				Boolean boarder = row.yesNo("是否住校");
				String guardian = row.optional("监护人姓名", 50);
				String phone = row.optional("监护人电话", 20);
				if (phone != null && !phone.isEmpty() && !phone.matches("1\\d{10}")) {
					row.problem("监护人电话", "phone.invalid", phone);
				}
				String relation = row.optional("与学生关系", 10);
				if (row.problemCount() == before) {
					IdCardNumber id = card == null || card.isEmpty() ? null : new IdCardNumber(card);
					rows.add(new Parsed(row.rowNumber(), new NewStudent(school.id(), school.regionCode(), 0, no, name,
							id == null ? "U" : id.male() ? "M" : "F", id == null ? null : id.birthDate(), card, boarder,
							guardian, phone, relation == null || relation.isBlank() ? "监护人" : relation), grade,
							className));
				}
				if (row.rowNumber() % 5000 == 0) {
					jobs.progress(jobId, "VALIDATING", 0, row.rowNumber() - 1);
				}
			});
		}
		catch (IOException ex) {
			problems = new ArrayList<>(List.of(ImportProblem.ofFile("import.file.unreadable")));
		}
		jobs.progress(jobId, "VALIDATING", read[0], read[0]);
		problems = new ArrayList<>(problems);
		// clashes with registered students are checked even when rows have problems of
		// their own, so one report names every problem of the file
		ExistingStudents.Clashes clashes = existing.find(school.id(), Callers.current().scope(), numbers, cards);
		problems.addAll(clashes.problems());
		Map<Integer, Map.Entry<StudentClaims.Holder, String>> heldElsewhere = clashes.heldElsewhere();
		if (!problems.isEmpty()) {
			jobs.fail(jobId, problems);
			return;
		}
		jobs.progress(jobId, "IMPORTING", rows.size(), rows.size());
		String hash = encoder.encode(initialPassword);
		int imported = tx.execute(status -> {
			Map<String, Long> classIds = classIds(school.id(), grades, rows);
			List<NewStudent> students = new ArrayList<>();
			for (Parsed p : rows) {
				NewStudent student = withClass(p.student(), classIds.get(p.gradeName() + "\u0000" + p.className()));
				Map.Entry<StudentClaims.Holder, String> held = heldElsewhere.get(p.row());
				if (held == null) {
					students.add(student);
				}
				else {
					// held outside the caller's scope: a transfer request, and the same
					// outcome for the caller as a new number
					claims.claim(student, school.name(), held.getKey(), held.getValue());
				}
			}
			int n = bulk.students(students, hash, true) + heldElsewhere.size();
			events.publishEvent(new cn.xiaoan.shared.EntityChanged("student", "import", "IMPORT", school.regionCode(),
					school.id(), Map.of(), Map.of("rows", n)));
			return n;
		});
		jobs.done(jobId, imported);
	}

	private Map<String, Long> classIds(long schoolId, Map<String, Long> grades, List<Parsed> rows) {
		Map<String, Long> ids = new HashMap<>();
		for (SchoolClass c : structure.classesOf(schoolId)) {
			ids.put(c.gradeName() + "\u0000" + c.name(), c.id());
		}
		Set<String> seen = new HashSet<>();
		for (Parsed p : rows) {
			String key = p.gradeName() + "\u0000" + p.className();
			if (!ids.containsKey(key) && seen.add(key)) {
				ids.put(key, structure.addImportedClass(schoolId, grades.get(p.gradeName()), p.className()));
			}
		}
		return ids;
	}

	private static NewStudent withClass(NewStudent s, long classId) {
		return new NewStudent(s.schoolId(), s.regionCode(), classId, s.studentNo(), s.name(), s.gender(), s.birthDate(),
				s.idCard(), s.boarder(), s.guardianName(), s.guardianPhone(), s.guardianRelation());
	}

}
