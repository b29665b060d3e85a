package cn.xiaoan.probe;

import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A probe tenant's objects of the special actions (专项), made through their APIs and
 * forms: a bullying case, a key water, a street vendor and a guard post around the
 * school, a police clue, a 法治副校长 and (a county's own) police station, a rescue-skill
 * training, an opinion case, and the county's training institutions. Their titles and
 * names are markers.
 */
final class ProbeSpecialActions {

	private final Demo demo;

	private final MockMvc mvc;

	ProbeSpecialActions(Demo demo, MockMvc mvc) {
		this.demo = demo;
		this.mvc = mvc;
	}

	/**
	 * The school's objects of the special actions, made by {@code actor} (a police
	 * station by {@code bureau} when given); answers their markers.
	 */
	List<String> make(Map<String, Object> o, long school, String region, String bureau, String tag, String actor)
			throws Exception {
		// a bullying case of the school, reported anonymously on the public form; what
		// happened is the marker (bullying module, ADR 0036)
		String bullyingStory = "探针欺凌" + tag;
		mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
			.param("happenedOn", java.time.LocalDate.now().toString())
			.param("description", bullyingStory)
			.param("victimName", "探针学生")
			.with(r -> {
				r.setRemoteAddr("10.99." + (Math.abs(tag.hashCode()) % 250) + ".1");
				return r;
			})
			.with(csrf()));
		optional(o, "bullyingCase", "select id from bullying.bullying_case where school_id = " + school
				+ " and description = '" + bullyingStory + "'");
		// a key water near the school alone (waters module)
		String waterName = "探针水域" + tag;
		mvc.perform(post("/api/v1/waters").contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"" + region + "\",\"name\":\"" + waterName
					+ "\",\"kind\":\"POND\",\"riskLevel\":\"HIGH\",\"outline\":\"111.1,23.4\","
					+ "\"ownerUnit\":\"探针村委\",\"ownerPerson\":\"探针\",\"signs\":1," + "\"schools\":[{\"schoolId\":"
					+ school + ",\"distanceM\":300}]}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "water", "select id from waters.water where name = '" + waterName + "'");
		// a street-vendor issue around the school alone, far from every school gate, and
		// a
		// guard post of the school (surroundings module)
		String venueName = "探针周边" + tag;
		mvc.perform(post("/api/v1/surroundings/venues").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"kind\":\"STREET_VENDOR\",\"name\":\"" + venueName
					+ "\",\"address\":\"探针路1号\",\"longitude\":111.5,\"latitude\":23.9}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "venue", "select id from surroundings.venue where name = '" + venueName + "'");
		optional(o, "venueCase",
				"select c.id from surroundings.venue_case c join surroundings.venue v on v.id = c.venue_id"
						+ " where v.name = '" + venueName + "'");
		String postName = "探针护学岗" + tag;
		demo.jdbc().sql("""
				insert into surroundings.guard_post (school_id, school_name, region_code, name, location, slot, days,
				       starts_at, ends_at, staff, active_from, created_at)
				select id, name, region_code, :n, :n, 'MORNING', '1234567', '00:00', '00:01', 1, current_date, now()
				from org.school where id = :s""").param("n", postName).param("s", school).update();
		// a clue to the police and a 法治副校长 of the school, markers in what happened and in
		// the name (liaison module, ADR 0041)
		String clueStory = "探针线索" + tag;
		mvc.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"category\":\"OTHER\",\"happenedAt\":\""
					+ java.time.LocalDateTime.now().minusHours(1).withNano(0) + "\",\"place\":\"探针地点\",\"what\":\""
					+ clueStory + "\",\"students\":[{\"grade\":\"初一\",\"initials\":\"TZ\",\"part\":\"WITNESS\"}]}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "clue", "select id from liaison.clue where what = '" + clueStory + "'");
		String deputyName = "探针副校长" + tag;
		mvc.perform(post("/api/v1/liaison/deputies").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"name\":\"" + deputyName
					+ "\",\"policeUnit\":\"探针派出所\",\"phone\":\"0774-1234567\",\"startsOn\":\""
					+ java.time.LocalDate.now().minusDays(1) + "\",\"endsOn\":\""
					+ java.time.LocalDate.now().plusYears(1) + "\"}")
			.with(demo.as(actor))
			.with(csrf()));
		optional(o, "deputy", "select id from liaison.deputy where name = '" + deputyName + "'");
		// a police station of the county covering the school, kept by its county bureau
		// (ADR 0057): only another county's tenant has its own
		String stationName = "探针派出所" + tag;
		if (bureau != null) {
			mvc.perform(post("/api/v1/liaison/stations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + stationName + "\",\"phone\":\"0874-1234567\",\"schools\":[" + school + "]}")
				.with(demo.as(bureau))
				.with(csrf()));
			optional(o, "station", "select id from liaison.police_station where name = '" + stationName + "'");
		}
		// a rescue-skill training of the school's staff, its trainer a marker (waters
		// module, ADR 0039)
		String trainer = "探针救援培训" + tag;
		mvc.perform(multipart("/waters/training").param("schoolId", String.valueOf(school))
			.param("trainedOn", java.time.LocalDate.now().minusDays(1).toString())
			.param("kind", "RESUSCITATION")
			.param("trainer", trainer)
			.param("hours", "2")
			.param("staffIds", String.valueOf(o.get("staff")))
			.with(demo.as(actor))
			.with(csrf()));
		List<String> markers = new java.util.ArrayList<>(
				List.of(waterName, bullyingStory, venueName, postName, clueStory, deputyName, trainer));
		if (bureau != null) {
			markers.add(stationName);
		}
		return markers;
	}

	/**
	 * An opinion case of the school opened by the administrator, with a police department
	 * and a task of its county's safety officer (whose bureau leader approves).
	 */
	void opinionCase(Map<String, Object> o, long school, String title, String county) throws Exception {
		mvc.perform(post("/api/v1/opinions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + title + "\",\"occurredAt\":\""
					+ java.time.LocalDateTime.now().minusHours(1).withNano(0)
					+ "\",\"severity\":\"MAJOR\",\"source\":\"MEDIA\",\"schoolIds\":[" + school + "],\"approver\":\""
					+ county + "_admin\"}")
			.with(demo.as("admin"))
			.with(csrf()));
		optional(o, "opinion", "select id from opinion.opinion_case where title = '" + title + "'");
		if (!o.containsKey("opinion")) {
			return;
		}
		mvc.perform(post("/api/v1/opinions/{id}/departments", o.get("opinion")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"POLICE\",\"name\":\"探针公安\"}")
			.with(demo.as("admin"))
			.with(csrf()));
		long department = demo.jdbc()
			.sql("select id from opinion.department where case_id = :c")
			.param("c", o.get("opinion"))
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/opinions/{id}/tasks", o.get("opinion")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"departmentId\":" + department + ",\"title\":\"" + title + "任务\",\"owner\":\"" + county
					+ "_safety\",\"deadline\":\"" + java.time.LocalDateTime.now().plusDays(1).withNano(0) + "\"}")
			.with(demo.as("admin"))
			.with(csrf()));
		optional(o, "opinionTask", "select id from opinion.task where case_id = " + o.get("opinion"));
	}

	/**
	 * Two training institutions of the tenant's county, made by the administrator: one to
	 * rectify, one banned with a resettlement group (ADR 0042). Their names are markers.
	 */
	List<String> institutions(Map<String, Object> o, String township, String tag) throws Exception {
		String rectifying = "探针培训机构" + tag;
		String banned = "探针取缔机构" + tag;
		String answers = String.join(",",
				demo.jdbc()
					.sql("select id from institutions.check_item order by position")
					.query(Long.class)
					.list()
					.stream()
					.map(id -> "{\"itemId\":" + id + ",\"passed\":" + (id % 2 == 0) + ",\"note\":\"探针\"}")
					.toList());
		for (String name : List.of(rectifying, banned)) {
			mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"regionCode\":\"" + township + "\",\"name\":\"" + name
						+ "\",\"address\":\"探针路\",\"subjects\":[\"ARTS\"],\"capacity\":30,"
						+ "\"responsiblePerson\":\"探针\"}")
				.with(demo.as("admin"))
				.with(csrf()));
		}
		optional(o, "institution", "select id from institutions.institution where name = '" + rectifying + "'");
		optional(o, "institutionBanned", "select id from institutions.institution where name = '" + banned + "'");
		if (!o.containsKey("institution") || !o.containsKey("institutionBanned")) {
			return List.of(rectifying, banned);
		}
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		mvc.perform(post("/api/v1/institutions/{id}/inspections", o.get("institution"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inspectedOn\":\"" + today + "\",\"outcome\":\"RECTIFY\",\"answers\":[" + answers + "]}")
			.with(demo.as("admin"))
			.with(csrf()));
		optional(o, "institutionRectification",
				"select id from institutions.rectification where institution_id = " + o.get("institution"));
		mvc.perform(post("/api/v1/institutions/{id}/inspections", o.get("institutionBanned"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inspectedOn\":\"" + today + "\",\"outcome\":\"BANNED\",\"students\":5,"
					+ "\"feesToRefund\":100,\"answers\":[" + answers + "]}")
			.with(demo.as("admin"))
			.with(csrf()));
		optional(o, "institutionBan",
				"select id from institutions.ban where institution_id = " + o.get("institutionBanned"));
		if (o.containsKey("institutionBan")) {
			mvc.perform(post("/api/v1/institutions/bans/{ban}/resettlements", o.get("institutionBan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"method\":\"REFUND\",\"originSchool\":\"探针学校\",\"students\":2,\"refund\":40}")
				.with(demo.as("admin"))
				.with(csrf()));
			optional(o, "institutionResettlement",
					"select id from institutions.resettlement where ban_id = " + o.get("institutionBan"));
		}
		return List.of(rectifying, banned);
	}

	void optional(Map<String, Object> objects, String kind, String sql) {
		demo.jdbc()
			.sql(sql + " order by 1 limit 1")
			.query(Long.class)
			.optional()
			.ifPresent(id -> objects.put(kind, id));
	}

}
