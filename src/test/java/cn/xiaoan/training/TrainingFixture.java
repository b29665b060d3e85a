package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;

import org.springframework.security.core.context.SecurityContextHolder;

/** Sessions of the demo 藤县 base and callers for the training tests. */
class TrainingFixture {

	final Demo demo;

	final TrainingManagement training;

	final TrainingBookings bookings;

	TrainingFixture(Demo demo, TrainingManagement training, TrainingBookings bookings) {
		this.demo = demo;
		this.training = training;
		this.bookings = bookings;
	}

	long countyBase() {
		return demo.jdbc().sql("select id from training.base where region_code = '450422'").query(Long.class).single();
	}

	/** A new session in a week of a new course of the 藤县 base, scheduled by tx_safety. */
	TrainingSession session(int capacity) {
		return demo.callAs("tx_safety", () -> {
			Course course = training.addCourse(countyBase(), new NewCourse("实训课程" + System.nanoTime() % 1_000_000,
					Topic.FIRE, "测试课程", 60, GradeBand.ALL, capacity));
			return training.schedule(course.id(), new NewSession(LocalDate.now().plusDays(7), LocalTime.of(9, 0),
					LocalTime.of(10, 0), capacity, "消防体验馆", "韦教官"));
		});
	}

	/** Moves a session to today, as if its day had come. */
	void arrive(long sessionId) {
		demo.jdbc()
			.sql("update training.session set day = current_date where id = :id")
			.param("id", sessionId)
			.update();
	}

	/** Another 藤县 school than the demo principal's. */
	long neighbour() {
		long own = demo.schoolOf("principal");
		return demo.schoolsIn("450422").stream().filter(id -> id != own).findFirst().orElseThrow();
	}

	/** Runs the call as the principal of a school without a demo account. */
	<T> T asPrincipalOf(long schoolId, Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				new CallerAuthentication(new CurrentUser(-1, "principal-" + schoolId, "校长", Role.PRINCIPAL,
						DataScope.school(schoolId,
								demo.jdbc()
									.sql("select region_code from org.school where id = :id")
									.param("id", schoolId)
									.query(String.class)
									.single()),
						null, false)));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	long firstClassOf(long schoolId) {
		return demo.jdbc()
			.sql("select c.id from org.school_class c where c.school_id = :s and exists"
					+ " (select 1 from people.student p where p.class_id = c.id) order by c.id limit 1")
			.param("s", schoolId)
			.query(Long.class)
			.single();
	}

}
