package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.util.List;

import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff import records the classes a teacher teaches (任教班级) by their names. */
@PlatformTest
class TeachingClassImportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	StaffImport staff;

	@Autowired
	SchoolStructure structure;

	@Test
	void theStaffImportRecordsTheClassesATeacherTeachesAndRefusesAnUnknownClass() throws Exception {
		long school = demo.schoolOf("principal2");
		List<SchoolClass> classes = structure.classesOf(school);
		String names = classes.get(0).fullName() + "、" + classes.get(1).fullName();
		byte[] file = Sheets.xlsx(StaffImport.HEADERS,
				List.of(List.<Object>of("任课甲", "女", "", "教师", "是", "R901", "", names),
						List.<Object>of("任课乙", "男", "", "教师", "是", "R902", "", "")));
		var result = demo.callAs("principal2",
				() -> staff.importStaff(school, new ByteArrayInputStream(file), "Start2026a"));
		assertThat(result.problems()).isEmpty();
		assertThat(demo.jdbc()
			.sql("""
					select t.class_id from people.teaching_class t join people.staff s on s.id = t.staff_id
					where s.school_id = :s and s.employee_no = 'R901' order by t.class_id""")
			.param("s", school)
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(classes.get(0).id(), classes.get(1).id());
		byte[] unknown = Sheets.xlsx(StaffImport.HEADERS,
				List.of(List.<Object>of("任课丙", "女", "", "教师", "是", "R903", "", "九十年级9班")));
		var refused = demo.callAs("principal2",
				() -> staff.importStaff(school, new ByteArrayInputStream(unknown), "Start2026a"));
		assertThat(refused.imported()).isZero();
		assertThat(refused.problems())
			.anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("staff.import.classes.unknown"));
	}

}
