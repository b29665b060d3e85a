package cn.xiaoan.waters;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.TodoSource.Todo;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before the summer holiday (from the policy's reminder day, 06-01, until its first day,
 * 07-15) a school whose share of staff trained is under the minimum (30 %) has a to-do
 * for its principal, linking to the staff not yet trained; not for a teacher, not outside
 * the window.
 */
@PlatformTest
class RescueTrainingTodosIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	RescueTrainingTodos todos;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSchoolWithNoStaffTrainedIsRemindedBeforeTheSummerHolidayOnly() {
		long principalsSchool = demo.schoolOf("principal");
		Object[] school = demo.jdbc()
			.sql("""
					select s.id, s.region_code from org.school s
					where s.id <> :p and exists (select 1 from people.staff t where t.school_id = s.id)
					  and not exists (select 1 from waters.training w where w.school_id = s.id)
					order by s.id limit 1""")
			.param("p", principalsSchool)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long id = (Long) school[0];
		CurrentUser principal = as(Role.PRINCIPAL, id, (String) school[1]);
		int year = LocalDate.now().getYear();

		List<Todo> inWindow = todos.dueOn(principal, LocalDate.of(year, 6, 20), Locale.CHINA);
		assertThat(inWindow).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("本校教职工救援技能培训占比 0.0%，低于 30%，请在暑假前组织培训");
			assertThat(t.href()).isEqualTo("/waters/training/schools/" + id + "?trained=false");
			assertThat(t.due())
				.isEqualTo(LocalDate.of(year, 7, 15).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
		});
		assertThat(todos.dueOn(principal, LocalDate.of(year, 5, 31), Locale.CHINA)).isEmpty();
		assertThat(todos.dueOn(principal, LocalDate.of(year, 7, 15), Locale.CHINA)).isEmpty();
		assertThat(todos.dueOn(as(Role.TEACHER, id, (String) school[1]), LocalDate.of(year, 6, 20), Locale.CHINA))
			.isEmpty();
	}

	private static CurrentUser as(Role role, long school, String region) {
		CurrentUser user = new CurrentUser(0, "probe", "probe", role, DataScope.school(school, region), null, false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		return user;
	}

}
