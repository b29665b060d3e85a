package cn.xiaoan.schoolbus;

import java.time.LocalTime;
import java.util.List;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.people.Recipients;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child left on the bus alerts the child's own head teacher (not every head teacher of
 * the school), the school's leaders and the child's parents.
 */
@PlatformTest
class SchoolBusAlertIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	Routes routes;

	@Autowired
	Runs runs;

	@Autowired
	Recipients recipients;

	@Autowired
	Notifications notifications;

	private long single(String sql, Object value) {
		return demo.jdbc().sql(sql).param("v", value).query(Long.class).single();
	}

	private long headClass() {
		return single("""
				select s.head_class_id from people.staff s join people.account a on a.person_id = s.id
				where a.username = :v""", "headteacher");
	}

	@Test
	void theHeadTeachersOfAClassAreTheAccountsOfTheStaffLeadingIt() {
		long account = single("select id from people.account where username = :v", "headteacher");
		long school = demo.schoolOf("headteacher");
		long otherClass = single("select id from org.school_class where school_id = :v and id <> " + headClass()
				+ " order by id limit 1", school);
		assertThat(recipients.headTeachersOf(List.of(headClass()))).contains(account);
		assertThat(recipients.headTeachersOf(List.of(otherClass))).doesNotContain(account);
		assertThat(recipients.headTeachersOf(List.of())).isEmpty();
	}

	@Test
	void onlyTheMissingChildsHeadTeacherIsAlerted() {
		long school = demo.schoolOf("principal");
		long mine = single("select student_id from people.class_roster where class_id = :v order by student_id limit 1",
				headClass());
		long other = single("""
				select student_id from people.class_roster where school_id = :v and class_id <> %d
				order by student_id limit 1""".formatted(headClass()), school);
		long bus = single("select id from schoolbus.vehicle where plate = :v", "桂D·X2601");
		long driver = single("select id from schoolbus.driver where name = :v", "黄志强");
		long escort = single("select id from schoolbus.escort where school_id = :v order by id limit 1", school);
		long route = demo.callAs("principal", () -> routes.plan(new PlanRoute(school, "班主任提醒线", "甲 → 乙",
				LocalTime.of(17, 30), bus, driver, escort, List.of(mine, other))));
		// the other class's child stays on: not this head teacher's alert, but the
		// leaders'
		long first = demo.callAs("principal", () -> runs.start(route));
		demo.runAs("principal", () -> runs.board(first, List.of(mine, other)));
		demo.runAs("principal", () -> runs.alight(first, List.of(mine)));
		assertThat(alerts("headteacher", first)).isZero();
		assertThat(alerts("principal", first)).isEqualTo(1);
		assertThat(alerts("safety", first)).isEqualTo(1);
		// the head teacher's own child stays on
		long second = demo.callAs("principal", () -> runs.start(route));
		demo.runAs("principal", () -> runs.board(second, List.of(mine, other)));
		demo.runAs("principal", () -> runs.alight(second, List.of(other)));
		assertThat(alerts("headteacher", second)).isEqualTo(1);
		assertThat(alerts("principal", second)).isEqualTo(1);
	}

	private long alerts(String user, long run) {
		return demo.callAs(user, () -> notifications.inbox())
			.stream()
			.filter(m -> m.messageKey().equals("schoolbus.notify.missing") && m.link().endsWith("/runs/" + run))
			.count();
	}

}
