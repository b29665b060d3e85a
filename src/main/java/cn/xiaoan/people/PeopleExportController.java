package cn.xiaoan.people;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.Post;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The students and the staff of a school as Excel lists. They read through the same
 * {@link PeopleManagement} calls as the pages, so scope, permission and a head teacher's
 * own class apply; ID-card numbers and phones leave only masked, as they are stored for
 * display.
 */
@Controller
class PeopleExportController {

	private final PeopleManagement people;

	private final SchoolStructure structure;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	PeopleExportController(PeopleManagement people, SchoolStructure structure, OrgManagement org,
			MessageSource messages, Clock clock) {
		this.people = people;
		this.structure = structure;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/schools/{id}/students/export")
	void students(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<StudentView> students = new ArrayList<>();
		Page<StudentView> page = people.students(id, null, "", 0);
		students.addAll(page.items());
		while (page.hasNext()) {
			page = people.students(id, null, "", page.page() + 1);
			students.addAll(page.items());
		}
		Map<Long, String> classes = structure.classesOf(id)
			.stream()
			.collect(Collectors.toMap(SchoolClass::id, SchoolClass::fullName));
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response, DownloadName.of(org.school(id).name(), "学生名册", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "学生名册",
				List.of("学号", "姓名", "性别", "班级", "出生日期（或年份）", "身份证号（仅显示前四位）", "寄宿生"), students,
				s -> Arrays.asList(s.studentNo(), s.name(), gender(s.gender(), locale),
						classes.getOrDefault(s.classId(), ""),
						s.birthDate() != null ? s.birthDate().toString()
								: s.birthYear() == null ? "" : s.birthYear().toString(),
						s.idCardMasked(), s.boarder()));
	}

	@GetMapping("/schools/{id}/staff/export")
	void staff(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<StaffView> staff = people.staff(id, null);
		Map<String, Post> posts = structure.posts().stream().collect(Collectors.toMap(Post::code, Function.identity()));
		Locale locale = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response, DownloadName.of(org.school(id).name(), "教职工名册", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "教职工名册",
				List.of("工号", "姓名", "性别", "岗位", "人员类别", "部门", "专职", "手机号（隐去中间位）"), staff, s -> {
					Post post = posts.get(s.postCode());
					return Arrays
						.asList(s.employeeNo(), s.name(), gender(s.gender(), locale),
								post == null ? "" : post.name(locale),
								post == null ? ""
										: messages.getMessage(post.teaching() ? "staff.category.teaching"
												: "staff.category.nonTeaching", null, locale),
								s.departmentName(), s.fullTime(), s.phoneMasked());
				});
	}

	private String gender(String code, Locale locale) {
		return messages.getMessage("gender." + (code == null || code.isBlank() ? "U" : code), null, locale);
	}

}
