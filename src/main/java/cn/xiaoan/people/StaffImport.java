package cn.xiaoan.people;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.Post;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's staff from Excel, all rows or none. A row with a 登录账号 gets a teacher
 * account (or guard, head teacher...) on the initial password, to be changed at first
 * sign-in.
 */
@Service
class StaffImport {

	static final List<String> HEADERS = List.of("姓名", "性别", "手机号", "岗位", "是否专职", "工号", "登录账号", "任教班级");

	static final int MAX_ROWS = 20_000;

	private final TransactionTemplate tx;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PeopleBulkLoad bulk;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final TeachingClasses teaching;

	StaffImport(OrgManagement org, PeopleBulkLoad bulk, PasswordEncoder encoder, ApplicationEventPublisher events,
			SchoolStructure structure, TeachingClasses teaching, TransactionTemplate tx) {
		this.teaching = teaching;
		this.tx = tx;
		this.structure = structure;
		this.org = org;
		this.bulk = bulk;
		this.encoder = encoder;
		this.events = events;
	}

	public record Result(int imported, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Reads and checks every row first, without a transaction; only a file without
	 * problems is written, in one transaction around the writes.
	 */
	public Result importStaff(long schoolId, InputStream in, String initialPassword) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		SchoolSummary school = org.school(schoolId);
		String passwordProblem = PasswordRules.problem(initialPassword, null);
		if (passwordProblem != null) {
			throw new BusinessRuleViolation("initialPassword", passwordProblem);
		}
		Map<String, String> posts = new HashMap<>();
		for (Post p : structure.posts()) {
			posts.put(p.code(), p.code());
			posts.put(p.nameZh(), p.code());
		}
		Map<String, Integer> usernames = new HashMap<>();
		List<NewStaff> rows = new ArrayList<>();
		List<java.util.Set<Long>> taught = new ArrayList<>();
		List<ImportProblem> problems = ExcelTable.read(in, List.of("姓名", "岗位"), MAX_ROWS, Set.of("手机号"), row -> {
			int before = row.problemCount();
			String name = row.required("姓名", 50);
			String genderText = row.optional("性别", 2);
			String gender = switch (genderText == null ? "" : genderText) {
				case "男", "M" -> "M";
				case "女", "F" -> "F";
				case "" -> "U";
				default -> {
					row.problem("性别", "staff.gender.invalid", genderText);
					yield null;
				}
			};
			String phone = row.optional("手机号", 20);
			if (phone != null && !phone.isEmpty() && !phone.matches("1\\d{10}")) {
				row.problem("手机号", "phone.invalid", phone);
			}
			String postText = row.required("岗位", 30);
			String post = postText == null ? null : posts.get(postText);
			if (postText != null && post == null) {
				row.problem("岗位", "staff.post.unknown", postText);
			}
			Boolean fullTime = row.text("是否专职").isEmpty() ? Boolean.TRUE : row.yesNo("是否专职");
			String employeeNo = row.optional("工号", 30);
			String username = row.optional("登录账号", 64);
			if (username != null && !username.isEmpty()) {
				if (!username.matches("[A-Za-z0-9_.@-]{3,64}")) {
					row.problem("登录账号", "account.username.invalid", username);
				}
				else if (usernames.putIfAbsent(username, row.rowNumber()) != null) {
					row.problem("登录账号", "import.value.duplicate", username);
				}
			}
			// 任教班级: "一年级1班、一年级2班"
			String classesText = row.optional("任教班级", 500);
			java.util.Set<Long> classes = classesText == null || classesText.isBlank() ? java.util.Set.of()
					: teaching.classesNamed(schoolId, List.of(classesText.trim().split("[、;；,，\\s]+")));
			if (classes == null) {
				row.problem("任教班级", "staff.import.classes.unknown", classesText);
			}
			if (row.problemCount() == before) {
				taught.add(classes);
				String role = switch (post) {
					case "PRINCIPAL" -> "PRINCIPAL";
					case "SAFETY_DIRECTOR" -> "SCHOOL_SAFETY_OFFICER";
					case "HEAD_TEACHER" -> "HEAD_TEACHER";
					case "GUARD" -> "GUARD";
					default -> "TEACHER";
				};
				rows.add(new NewStaff(schoolId, school.regionCode(), name, gender, phone, post, null, fullTime, null,
						employeeNo, username == null || username.isEmpty() ? null : username, role));
			}
		});
		problems = new ArrayList<>(problems);
		if (!usernames.isEmpty()) {
			for (String taken : bulk.existingUsernames(usernames.keySet())) {
				problems.add(new ImportProblem(usernames.get(taken), "G 登录账号", "account.username.taken", taken));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(0, ImportProblem.bounded(problems));
		}
		String hash = encoder.encode(initialPassword);
		int n = tx.execute(status -> {
			int written = bulk.staff(rows, hash, true);
			for (int i = 0; i < rows.size(); i++) {
				if (!taught.get(i).isEmpty()) {
					teaching.importClasses(rows.get(i), school.regionCode(), taught.get(i));
				}
			}
			events.publishEvent(new EntityChanged("staff", "import", "IMPORT", school.regionCode(), schoolId, Map.of(),
					Map.of("rows", written)));
			return written;
		});
		return new Result(n, List.of());
	}

}
