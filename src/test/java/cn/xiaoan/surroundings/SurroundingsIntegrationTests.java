package cn.xiaoan.surroundings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surroundings rules against the demo's real PostgreSQL: distances from the school
 * gate decide whether a forbidden venue is flagged; a case is closed only by its own
 * department in its own region and confirmed by the county; another county's venue does
 * not exist; a resent check-in is stored once; a window that ended without a check-in is
 * a gap.
 */
@PlatformTest
class SurroundingsIntegrationTests {

	/** The demo school's gate, as DemoSurroundings sets it. */
	static final double GATE_LNG = 110.9265;

	static final double GATE_LAT = 23.3780;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	SurroundingsManagement register;

	@Autowired
	CaseManagement cases;

	@Autowired
	GuardPostManagement posts;

	@Autowired
	PeopleBulkLoad people;

	@Autowired
	PasswordEncoder encoder;

	long school;

	@BeforeEach
	void gate() {
		school = demo.schoolOf("principal");
		demo.runAs("tx_safety", () -> register.setPosition(school, GATE_LNG, GATE_LAT));
		partner("test_transport_s", Role.TRANSPORT_LIAISON, "450422");
		partner("test_market_cw", Role.MARKET_SUPERVISION_LIAISON, "450421");
	}

	private void partner(String username, Role role, String region) {
		boolean exists = demo.jdbc()
			.sql("select exists (select 1 from people.account where username = :u)")
			.param("u", username)
			.query(Boolean.class)
			.single();
		if (!exists) {
			people.partnerAccount(username, username, role, region, encoder.encode(Demo.PASSWORD),
					"SCHOOL_BASIC,SURROUNDINGS");
		}
	}

	private VenueSummary record(String user, long schoolId, VenueKind kind, double lng, double lat) {
		return demo.callAs(user, () -> register.register(
				new RegisterVenue(schoolId, kind, "测试场所" + System.nanoTime() % 100000, "测试路1号", lng, lat, null, "")));
	}

	@Test
	void anInternetCafeInsideTheZoneIsFlaggedForMarketSupervisionAndOneOutsideIsNot() {
		// about 130 m and about 490 m from the gate
		VenueSummary inside = record("tx_safety", school, VenueKind.INTERNET_CAFE, 110.9275, 23.3787);
		VenueSummary outside = record("tx_safety", school, VenueKind.INTERNET_CAFE, 110.9300, 23.3810);
		assertThat(inside.distanceM()).isBetween(120, 140);
		assertThat(inside.flagged()).isTrue();
		assertThat(inside.caseState()).isEqualTo(CaseState.OPEN);
		assertThat(inside.department()).isEqualTo(Department.MARKET);
		assertThat(outside.distanceM()).isBetween(470, 510);
		assertThat(outside.flagged()).isFalse();
		assertThat(outside.caseId()).isNull();
	}

	@Test
	void anIssueIsACaseWhereverItIsAndALotteryOutletJustOutsideTheZoneIsNot() {
		VenueSummary traffic = record("principal", school, VenueKind.TRAFFIC, 110.9330, 23.3780);
		assertThat(traffic.distanceM()).isGreaterThan(600);
		assertThat(traffic.flagged()).isTrue();
		assertThat(traffic.department()).isEqualTo(Department.TRANSPORT);
		// about 210 m: just outside the default 200 m
		VenueSummary lottery = record("principal", school, VenueKind.LOTTERY, 110.9265, 23.3799);
		assertThat(lottery.distanceM()).isBetween(201, 220);
		assertThat(lottery.flagged()).isFalse();
	}

	@Test
	void onlyTheCasesOwnDepartmentInItsRegionClosesItAndTheCountyConfirms() {
		VenueSummary cafe = record("tx_safety", school, VenueKind.INTERNET_CAFE, 110.9270, 23.3785);
		long id = cafe.caseId();
		CloseCase done = new CloseCase("已责令停业并查扣电脑12台", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		// transport (granted the surroundings) and market supervision of another county
		// do
		// not see it
		assertThat(demo.callAs("test_transport_s", () -> cases.list(null))).noneMatch(c -> c.id() == id);
		assertThatThrownBy(() -> demo.runAs("test_transport_s", () -> cases.close(id, done, List.of())))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("test_market_cw", () -> cases.close(id, done, List.of())))
			.isInstanceOf(NotFound.class);
		// a teacher of the school reads it but does not close it
		assertThatThrownBy(() -> demo.runAs("teacher", () -> cases.close(id, done, List.of())))
			.isInstanceOf(AccessDenied.class);
		// the county does not close a case of a department that acts for itself
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> cases.close(id, done, List.of())))
			.isInstanceOf(AccessDenied.class);
		assertThat(demo.callAs("market", () -> cases.list("OPEN"))).anyMatch(c -> c.id() == id);
		demo.runAs("market", () -> cases.close(id, done, List.of()));
		assertThat(demo.callAs("market", () -> cases.detail(id)).state()).isEqualTo(CaseState.DONE);
		assertThatThrownBy(() -> demo.runAs("market", () -> cases.confirm(id, ""))).isInstanceOf(AccessDenied.class);
		demo.runAs("tx_safety", () -> cases.confirm(id, ""));
		CaseView confirmed = demo.callAs("tx_safety", () -> cases.detail(id));
		assertThat(confirmed.state()).isEqualTo(CaseState.CONFIRMED);
		assertThat(confirmed.timeline()).extracting(CaseView.Event::action)
			.containsExactly("OPENED", "CLOSED", "CONFIRMED");
	}

	@Test
	void anotherCountysVenueAndCaseAreNotFound() throws Exception {
		long elsewhere = demo.schoolsIn("450421").get(0);
		VenueSummary far = record("admin", elsewhere, VenueKind.STREET_VENDOR, 111.2, 23.6);
		mvc.perform(get("/surroundings/venues/{id}", far.id()).with(demo.as("tx_safety")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/surroundings/venue-cases/{id}", far.caseId()).with(demo.as("market")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/surroundings/venue-cases/{id}", far.caseId()).with(demo.as("principal")))
			.andExpect(status().isNotFound());
		assertThat(demo.callAs("tx_safety", () -> register.list())).noneMatch(v -> v.id() == far.id());
		// a school records only around its own school
		assertThatThrownBy(() -> record("principal", elsewhere, VenueKind.OTHER, 111.2, 23.6))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void badInputIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post("/api/v1/surroundings/venues").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"kind\":\"LOTTERY\",\"name\":\"x\",\"address\":\"y\","
					+ "\"longitude\":10,\"latitude\":23.3}")
			.with(demo.as("tx_safety"))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aResentCheckInIsStoredOnceAndAnotherSchoolsStaffCannotUseThePost() throws Exception {
		long post = demo.callAs("principal", () -> posts.plan(new PlanPost(school, "测试岗" + System.nanoTime() % 10000,
				"北门", GuardSlot.MORNING, "1234567", LocalTime.of(0, 0), LocalTime.of(23, 59), 1, 1, 0, "")));
		String clientId = UUID.randomUUID().toString();
		String at = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(3).withNano(0).withSecond(0).toString();
		var send = multipart("/api/v1/surroundings/check-ins").param("clientId", clientId)
			.param("postId", String.valueOf(post))
			.param("checkedAt", at)
			.param("latitude", "23.3781")
			.param("longitude", "110.9266");
		String first = mvc.perform(send.with(demo.as("teacher")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(send.with(demo.as("teacher")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(com.jayway.jsonpath.JsonPath.<Integer>read(first, "$.id")));
		assertThat(demo.jdbc()
			.sql("select count(*) from surroundings.check_in where client_id = cast(:c as uuid)")
			.param("c", clientId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(multipart("/api/v1/surroundings/check-ins").param("clientId", UUID.randomUUID().toString())
			.param("postId", String.valueOf(post))
			.param("checkedAt", at)
			.with(demo.as("tx_safety"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aWindowThatEndedWithoutACheckInIsAGapAndOneCheckedInIsNot() {
		LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai"));
		org.junit.jupiter.api.Assumptions.assumeTrue(now.isAfter(LocalTime.of(0, 20)),
				"needs a window that ended today");
		LocalTime end = now.minusMinutes(5);
		String tag = String.valueOf(System.nanoTime() % 100000);
		long missed = demo.callAs("principal", () -> posts.plan(new PlanPost(school, "缺岗测试" + tag, "东门",
				GuardSlot.MORNING, "1234567", LocalTime.of(0, 0), end, 0, 1, 0, "")));
		long kept = demo.callAs("principal", () -> posts.plan(new PlanPost(school, "到岗测试" + tag, "东门",
				GuardSlot.MORNING, "1234567", LocalTime.of(0, 0), end, 0, 1, 0, "")));
		demo.runAs("guard",
				() -> posts.checkIn(new RecordCheckIn(UUID.randomUUID(), kept,
						LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).withNano(0), null, null, null,
						""), null));
		List<Gap> gaps = demo.callAs("principal", () -> posts.gaps(5000));
		assertThat(gaps)
			.anyMatch(g -> g.postId() == missed && g.onDate().equals(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		assertThat(gaps).noneMatch(g -> g.postId() == kept);
		// the county sees the same gap rolled up
		assertThat(demo.callAs("tx_safety", () -> posts.gaps(5000))).anyMatch(g -> g.postId() == missed);
	}

	@Test
	void eachRegisterComesOutAsAWorkbook() throws Exception {
		for (String path : List.of("/surroundings/export", "/surroundings/venue-cases/export",
				"/surroundings/guard-posts/export", "/surroundings/check-ins/export")) {
			mvc.perform(get(path).with(demo.as("tx_safety")))
				.andExpect(status().isOk())
				.andExpect(content()
					.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		}
	}

	@Test
	void thePagesOpenForTheCountyTheSchoolAndThePartner() throws Exception {
		for (String path : List.of("/surroundings", "/surroundings/map", "/surroundings/venue-cases",
				"/surroundings/guard-posts", "/surroundings/schools")) {
			mvc.perform(get(path).with(demo.as("tx_safety"))).andExpect(status().isOk());
		}
		mvc.perform(get("/surroundings/check-in").with(demo.as("guard"))).andExpect(status().isOk());
		mvc.perform(get("/surroundings/venues/new").with(demo.as("principal"))).andExpect(status().isOk());
		mvc.perform(get("/surroundings/venue-cases").with(demo.as("market"))).andExpect(status().isOk());
	}

}
