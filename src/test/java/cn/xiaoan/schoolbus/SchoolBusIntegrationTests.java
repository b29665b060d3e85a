package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.WorkingDays;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** School buses on the demo school of 藤县: who may do what, and what keeps a bus home. */
@PlatformTest
class SchoolBusIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fleet fleet;

	@Autowired
	Routes routes;

	@Autowired
	Runs runs;

	@Autowired
	Permits permits;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	Notifications notifications;

	@Autowired
	ExpiryAlerts expiryAlerts;

	private long id(String sql, Object value) {
		return demo.jdbc().sql(sql).param("v", value).query(Long.class).single();
	}

	private long demoRoute() {
		return id("select id from schoolbus.route where name = :v", "城东线（早班）");
	}

	@Test
	void aDriverAged61CannotBeAssigned() {
		long old = id("select id from schoolbus.driver where name = :v", "李国华");
		assertThat(demo.callAs("principal", () -> fleet.driver(old)).problems())
			.contains("schoolbus.driver.problem.age");
		assertThatThrownBy(() -> demo.runAs("principal", () -> routes.assignDriver(demoRoute(), old)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aLapsedInspectionKeepsTheBusHome() {
		long lapsed = id("select id from schoolbus.vehicle where plate = :v", "桂D·X2603");
		long driver = id("select id from schoolbus.driver where name = :v", "黄志强");
		assertThat(demo.callAs("tx_safety", () -> fleet.vehicle(lapsed)).problems())
			.containsExactly("schoolbus.vehicle.problem.inspection");
		long school = demo.schoolOf("principal");
		long escort = id("select id from schoolbus.escort where school_id = :v", school);
		long route = demo.callAs("principal", () -> routes
			.plan(new PlanRoute(school, "检验逾期线", "甲 → 乙", LocalTime.of(16, 30), lapsed, driver, escort, List.of())));
		assertThatThrownBy(() -> demo.runAs("principal", () -> runs.start(route)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aRouteWithoutAnEscortCannotStart() {
		long bus = id("select id from schoolbus.vehicle where plate = :v", "桂D·X2601");
		long driver = id("select id from schoolbus.driver where name = :v", "黄志强");
		long school = demo.schoolOf("principal");
		long route = demo.callAs("principal", () -> routes
			.plan(new PlanRoute(school, "无照管线", "甲 → 乙", LocalTime.of(17, 0), bus, driver, null, List.of())));
		assertThatThrownBy(() -> demo.runAs("principal", () -> runs.start(route)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("escortId");
	}

	@Test
	void aChildLeftOnTheBusAlertsTheHeadTeacher() {
		long parentAlertsBefore = demo.callAs("parent", () -> notifications.inbox())
			.stream()
			.filter(m -> m.messageKey().equals("schoolbus.notify.missingChild"))
			.count();
		long run = demo.callAs("teacher", () -> runs.start(demoRoute()));
		List<Rider> riders = demo.callAs("teacher", () -> runs.run(run)).riders();
		assertThat(riders).hasSize(8);
		List<Long> all = riders.stream().map(Rider::studentId).toList();
		demo.runAs("teacher", () -> runs.board(run, all));
		int missing = demo.callAs("teacher", () -> runs.alight(run, all.subList(1, all.size())));
		assertThat(missing).isEqualTo(1);
		assertThat(demo.callAs("headteacher", () -> notifications.inbox()))
			.anyMatch(m -> m.messageKey().equals("schoolbus.notify.missing") && m.link().endsWith("/runs/" + run));
		RunView seen = demo.callAs("headteacher", () -> runs.run(run));
		assertThat(seen.missing()).isEqualTo(1);
		assertThat(seen.riders()).filteredOn(Rider::missing).hasSize(1);
		assertThat(demo.callAs("parent", () -> notifications.inbox())
			.stream()
			.filter(m -> m.messageKey().equals("schoolbus.notify.missingChild"))
			.count()).isLessThanOrEqualTo(parentAlertsBefore + 1);
		// the bureau counts, it does not read the children's names
		assertThat(demo.callAs("tx_safety", () -> runs.run(run)).riders()).isEmpty();
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> routes.riders(demoRoute())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("guard", () -> runs.run(run))).isInstanceOf(AccessDenied.class);
	}

	@Test
	void aPermitWalksThroughEveryPartyOnWorkingDayDeadlines() {
		long bus = id("select id from schoolbus.vehicle where plate = :v", "桂D·X2601");
		long permit = demo.callAs("principal", () -> permits.apply(bus, "藤县顺安校车服务有限公司"));
		WorkingDays days = calendar.workingDays();
		LocalDate today = demo.callAs("principal", () -> permits.permit(permit)).appliedOn();
		assertThat(demo.callAs("tx_safety", () -> permits.permit(permit)).forwardDue()).isEqualTo(days.plus(today, 3));
		assertThatThrownBy(() -> demo.runAs("principal", () -> permits.forward(permit)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("transport", () -> permits.forward(permit)))
			.isInstanceOf(AccessDenied.class);
		demo.runAs("tx_safety", () -> permits.forward(permit));
		assertThat(demo.callAs("transport", () -> permits.permit(permit)).answersDue()).isEqualTo(days.plus(today, 3));
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> permits.answer(permit, true, "")))
			.isInstanceOf(AccessDenied.class);
		// the police liaison without school buses granted is refused the answer
		assertThatThrownBy(() -> demo.runAs("police", () -> permits.answer(permit, true, "")))
			.isInstanceOf(AccessDenied.class);
		demo.runAs("traffic_police", () -> permits.answer(permit, true, "车况良好，线路无急弯陡坡"));
		assertThat(demo.callAs("tx_safety", () -> permits.permit(permit)).status()).isEqualTo(PermitStatus.FORWARDED);
		demo.runAs("transport", () -> permits.answer(permit, true, "运营资质齐全"));
		PermitView answered = demo.callAs("tx_safety", () -> permits.permit(permit));
		assertThat(answered.status()).isEqualTo(PermitStatus.ANSWERED);
		assertThat(answered.opinionDue()).isEqualTo(days.plus(today, 5));
		demo.runAs("tx_safety", () -> permits.opine(permit, true, "同意，报县人民政府"));
		demo.runAs("tx_admin", () -> permits.decide(permit, true, "县人民政府批准"));
		assertThat(demo.callAs("principal", () -> permits.permit(permit)).status()).isEqualTo(PermitStatus.APPROVED);
	}

	@Test
	void anotherProvinceFindsNothingAndPartnersSeeNoNames() throws Exception {
		long route = demoRoute();
		long permit = id("select id from schoolbus.permit where school_id = :v order by id limit 1",
				demo.schoolOf("principal"));
		assertThatThrownBy(() -> demo.runAs("principal2", () -> routes.route(route))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("principal2", () -> permits.permit(permit))).isInstanceOf(NotFound.class);
		assertThat(demo.callAs("transport", () -> fleet.drivers())).isNotEmpty().allMatch(d -> d.name().isEmpty());
		mvc.perform(get("/school-bus-permits/" + permit).with(demo.as("principal2"))).andExpect(status().isNotFound());
		mvc.perform(get("/school-buses").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/school-buses/vehicles/export").with(demo.as("tx_safety"))).andExpect(status().isOk());
	}

	@Test
	void insuranceLapsingWithinThirtyDaysIsAnnouncedOnce() {
		expiryAlerts.sendDue();
		assertThat(demo.callAs("principal", () -> notifications.inbox())).filteredOn(
				m -> m.messageKey().equals("schoolbus.notify.expiry.insurance") && m.args().get(0).equals("桂D·X2602"))
			.hasSize(1);
		expiryAlerts.sendDue();
		assertThat(demo.callAs("principal", () -> notifications.inbox())).filteredOn(
				m -> m.messageKey().equals("schoolbus.notify.expiry.insurance") && m.args().get(0).equals("桂D·X2602"))
			.hasSize(1);
	}

}
