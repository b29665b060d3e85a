package cn.xiaoan.probe;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The tenants of the probe, built once on the demo data: the demo school in 藤县 (own), a
 * neighbouring school of the same county, and the school of {@code principal2} in 云南师宗
 * (another province), each with a hazard, a photo, a staff member, homework and a
 * campaign whose titles are markers no other tenant may see.
 */
final class ProbeTenants {

	/** The account probing each role; partners created with every data kind. */
	static final Map<Role, String> PROBERS = Map.ofEntries(Map.entry(Role.SYSTEM_ADMIN, "admin"),
			Map.entry(Role.BUREAU_ADMIN, "tx_admin"), Map.entry(Role.BUREAU_SAFETY_OFFICER, "tx_safety"),
			Map.entry(Role.PRINCIPAL, "principal"), Map.entry(Role.SCHOOL_SAFETY_OFFICER, "safety"),
			Map.entry(Role.HEAD_TEACHER, "headteacher"), Map.entry(Role.TEACHER, "teacher"),
			Map.entry(Role.GUARD, "guard"), Map.entry(Role.STUDENT, "student"), Map.entry(Role.PARENT, "parent"),
			Map.entry(Role.POLICE_LIAISON, "probe_police"), Map.entry(Role.TRANSPORT_LIAISON, "probe_transport"),
			Map.entry(Role.MARKET_SUPERVISION_LIAISON, "probe_market"), Map.entry(Role.HEALTH_LIAISON, "probe_health"),
			Map.entry(Role.ASSESSOR, "probe_assessor"));

	/** Bureaus of the other levels, probed like the county's. */
	static final List<String> OTHER_LEVELS = List.of("tzz_safety", "wz_admin", "gx_admin");

	private final Demo demo;

	private final MockMvc mvc;

	private final HazardManagement hazards;

	private final EducationManagement education;

	private final cn.xiaoan.emergency.DrillManagement drills;

	private final ProbeSpecialActions specialActions;

	ProbeTenants(Demo demo, MockMvc mvc, HazardManagement hazards, EducationManagement education,
			cn.xiaoan.emergency.DrillManagement drills) {
		this.drills = drills;
		this.specialActions = new ProbeSpecialActions(demo, mvc);
		this.demo = demo;
		this.mvc = mvc;
		this.hazards = hazards;
		this.education = education;
	}

	/** Partner accounts of 藤县 holding every data kind, so they reach every read. */
	void createPartners() {
		String kinds = String.join(",", java.util.Arrays.stream(DataKind.values()).map(Enum::name).toList());
		PROBERS.forEach((role, username) -> {
			if (role.isPartner()) {
				demo.jdbc()
					.sql("""
							insert into people.account (username, password_hash, display_name, role, region_code, data_kinds)
							select :u, password_hash, :u, :r, '450422', :k from people.account where username = 'police'
							on conflict (username) do nothing""")
					.param("u", username)
					.param("r", role.name())
					.param("k", kinds)
					.update();
			}
		});
	}

	/**
	 * The tenant of a school, its objects made by the system administrator; a campaign
	 * too when {@code bureau} (its county's safety officer) is given.
	 */
	Tenant build(String name, long school, String bureau) throws Exception {
		String actor = "admin";
		String tag = name + System.nanoTime() % 100000;
		Map<String, Object> o = new HashMap<>();
		var jdbc = demo.jdbc();
		String region = one("select region_code from org.school where id = " + school);
		String schoolName = one("select name from org.school where id = " + school);
		String schoolCode = one("select code from org.school where id = " + school);
		long classId = jdbc.sql("select id from org.school_class where school_id = :s order by id limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		o.put("school", school);
		o.put("class", classId);
		o.put("region", region.substring(0, 6));
		o.put("province", region.substring(0, 2) + "0000");
		o.put("student",
				jdbc.sql("select id from people.student where school_id = :s order by id limit 1")
					.param("s", school)
					.query(Long.class)
					.single());
		String hazardTitle = "探针隐患" + tag;
		long hazard = demo.callAs(actor,
				() -> hazards
					.report(new ReportHazard(school, hazardTitle, hazardTitle, "探针位置", SafetyCategory.BUILDINGS, null,
							null, null, null))
					.id());
		o.put("hazard", hazard);
		mvc.perform(multipart("/hazards/{id}/photos", hazard)
			.file(new MockMultipartFile("photo", "p.png", "image/png", Images.png(64, 48)))
			.param("kind", "FOUND")
			.with(demo.as(actor))
			.with(csrf()));
		o.put("file",
				jdbc.sql("select file_id::text from hazard.photo where hazard_id = :h")
					.param("h", hazard)
					.query(String.class)
					.single());
		String staffName = "探针教工" + tag;
		mvc.perform(post("/api/v1/schools/{id}/staff", school).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + staffName + "\",\"postCode\":\"TEACHER\",\"fullTime\":true}")
			.with(demo.as(actor))
			.with(csrf()));
		o.put("staff",
				jdbc.sql("select id from people.staff where name = :n")
					.param("n", staffName)
					.query(Long.class)
					.single());
		String campaignTitle = "探针活动" + tag;
		if (bureau != null) {
			o.put("campaign", demo
				.callAs(bureau, () -> education.issue(new IssueCampaign(campaignTitle, "", "FIRE", LocalDate.now(),
						LocalDate.now().plusDays(9), false, null)))
				.id());
		}
		String homeworkTitle = "探针作业" + tag;
		o.put("homework", demo
			.callAs(actor, () -> education.assign(new AssignHomework(school, null, "FIRE", homeworkTitle,
					List.of(classId), LocalDate.now().plusDays(5), false)))
			.id());
		String caseTitle = "探针舆情" + tag;
		specialActions.opinionCase(o, school, caseTitle, region.startsWith("53") ? "sz" : "tx");
		optional(o, "risk", "select id from risk.point where school_id = " + school);
		optional(o, "task", "select id from inspection.task where school_id = " + school);
		optional(o, "plan", "select plan_id from inspection.task where school_id = " + school);
		optional(o, "account", "select id from people.account where school_id = " + school);
		if (bureau != null) {
			// a training base serves the schools around it: another province's is
			// foreign,
			// a neighbour's is shared
			optional(o, "base",
					"select id from training.base where region_code like '" + region.substring(0, 2) + "%'");
			optional(o, "course", "select c.id from training.course c join training.base b on b.id = c.base_id "
					+ "where b.region_code like '" + region.substring(0, 2) + "%'");
		}
		optional(o, "booking", "select id from training.booking where school_id = " + school);
		String drillScenario = "探针演练" + tag;
		o.put("drill",
				demo.callAs(actor,
						() -> drills
							.record(new cn.xiaoan.emergency.RecordDrill(school, LocalDate.now(), drillScenario, null,
									"", 10, 3, null, null, "", List.of()))
							.id()));
		optional(o, "emergency_plan", "select id from emergency.plan where school_id = " + school);
		optional(o, "drill_problem",
				"select p.id from emergency.drill_problem p join emergency.drill d on d.id = p.drill_id "
						+ "where d.school_id = " + school);
		// a warning sent to this school alone, so no other tenant is among its targets
		String warningTitle = "探针预警" + tag;
		mvc.perform(post("/api/v1/warnings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"HEAT\",\"level\":\"YELLOW\",\"title\":\"" + warningTitle
					+ "\",\"body\":\"探针\",\"actions\":\"探针措施\",\"validUntil\":\""
					+ java.time.LocalDateTime.now().plusDays(3).withNano(0) + "\",\"schoolIds\":[" + school + "]}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "warning", "select w.id from warning.warning w join warning.target t on t.warning_id = w.id "
				+ "where t.school_id = " + school + " and w.title = '" + warningTitle + "'");
		// a notice of the school's county bureau to this school's leaders alone (notice
		// module)
		String noticeTitle = "探针通知" + tag;
		mvc.perform(post("/api/v1/notices").contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\":\"NOTICE\",\"title\":\"" + noticeTitle
					+ "\",\"body\":\"探针\",\"staff\":\"LEADERS\",\"publish\":true,\"schoolIds\":[" + school + "]}")
			.with(demo.as(bureau != null ? bureau : "tx_safety"))
			.with(csrf()));
		optional(o, "notice", "select id from notice.notice where title = '" + noticeTitle + "'");
		// the meetings of the school's county and its townships, and a decision of theirs
		// assigned to no account (an assigned one is its assignee's to read)
		optional(o, "meeting",
				"select id from meeting.meeting where region_code like '" + region.substring(0, 6) + "%'");
		optional(o, "meetingTask",
				"select id from meeting.task where assignee_account_id is null and region_code like '"
						+ region.substring(0, 6) + "%'");
		// the county's assessment scheme (藤县 adapts 梧州's) and a 约谈 of the school
		optional(o, "assessmentScheme",
				"select id from assessment.scheme where region_code = '" + region.substring(0, 6) + "'");
		optional(o, "assessmentIndicator",
				"select i.id from assessment.indicator i join assessment.scheme s on s.id = i.scheme_id"
						+ " where s.region_code = '" + region.substring(0, 6) + "'");
		optional(o, "assessmentInterview", "select id from assessment.interview where school_id = " + school);
		// a care visit of a student the probing teacher is not paired with (the teacher
		// must be refused it on the own tenant as on any other)
		optional(o, "visit",
				"select v.id from care.visit v where v.school_id = " + school
						+ " and v.student_id not in (select p.student_id from care.pair p join people.account a"
						+ " on a.person_id = p.staff_id where a.username in ('teacher', 'guard'))");
		// an accident of the school, its place a marker (accident module)
		String accidentPlace = "探针事故" + tag;
		mvc.perform(post("/api/v1/accidents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"occurredAt\":\""
					+ java.time.LocalDateTime.now().minusHours(1).withNano(0) + "\",\"place\":\"" + accidentPlace
					+ "\",\"kind\":\"OTHER\"," + "\"severity\":\"GENERAL\",\"firstMeasures\":\"探针处置\","
					+ "\"victims\":[{\"surname\":\"探\",\"injury\":\"MINOR\"}]}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "accident", "select id from accident.accident where school_id = " + school);
		// a school-bus route, run and permit of the school (schoolbus module)
		optional(o, "busRoute", "select id from schoolbus.route where school_id = " + school);
		optional(o, "busRun", "select id from schoolbus.run where school_id = " + school);
		optional(o, "busPermit", "select id from schoolbus.permit where school_id = " + school);
		optional(o, "busVehicle", "select id from schoolbus.vehicle where school_id = " + school);
		optional(o, "busDriver", "select id from schoolbus.driver where school_id = " + school);
		List<String> actions = specialActions.make(o, school, region, bureau, tag, actor);
		List<String> markers = new java.util.ArrayList<>(List.of(schoolName, schoolCode, hazardTitle, staffName,
				homeworkTitle, drillScenario, warningTitle, caseTitle, accidentPlace, noticeTitle));
		markers.addAll(actions);
		if (bureau != null) {
			markers.add(campaignTitle);
			// training institutions are a county's: only another county's tenant has its
			// own
			markers.addAll(specialActions.institutions(o, region.substring(0, 6) + "100", tag));
		}
		return new Tenant(name, o, markers);
	}

	private String one(String sql) {
		return demo.jdbc().sql(sql).query(String.class).single();
	}

	private void optional(Map<String, Object> objects, String kind, String sql) {
		specialActions.optional(objects, kind, sql);
	}

}
