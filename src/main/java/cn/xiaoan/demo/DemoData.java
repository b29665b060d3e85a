package cn.xiaoan.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.xiaoan.education.bulk.EducationGeneration;
import cn.xiaoan.hazard.bulk.HazardBulkLoad;
import cn.xiaoan.org.bulk.OrgBulkLoad;
import cn.xiaoan.org.Divisions;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.people.bulk.TeachingClassBulkLoad;
import cn.xiaoan.people.bulk.PeopleGeneration;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.platform.DatabaseRoles;
import cn.xiaoan.security.Facilities;
import cn.xiaoan.security.bulk.SecurityBulkLoad;
import cn.xiaoan.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo province before the web server accepts requests.
 * Every demo account has the password {@value #PASSWORD}.
 */
@Component
class DemoData {

	static final String PASSWORD = "Xiaoan@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DatabaseMode mode;

	private final DatabaseRoles roles;

	private final OrgBulkLoad org;

	private final PeopleBulkLoad people;

	private final TeachingClassBulkLoad teaching;

	private final SecurityBulkLoad security;

	private final HazardBulkLoad hazards;

	private final DemoRisks risks;

	private final DemoEducation education;

	private final DemoTraining training;

	private final DemoEmergency emergency;

	private final DemoMeeting meeting;

	private final DemoOpinion opinion;

	private final DemoAccident accidents;

	private final DemoBullying bullying;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final int schoolsPerCounty;

	private final int provinceSchools;

	private final int provinceHazards;

	private final boolean provinceEducation;

	private final long provinceStudents;

	private final PeopleGeneration peopleGeneration;

	private final EducationGeneration educationGeneration;

	private final Divisions divisions;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoDuty duty; // field-injected: the duty demo adds no constructor argument

	@org.springframework.beans.factory.annotation.Autowired
	private DemoWarning warnings;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoWaters waters; // field-injected like the duty demo

	@org.springframework.beans.factory.annotation.Autowired
	private DemoNotice notices;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoSchoolBus schoolBuses;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoSurroundings surroundings;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoLiaison liaison;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoInstitutions institutions;

	@org.springframework.beans.factory.annotation.Autowired
	private DemoAssessment assessment;

	private final DemoCare care;

	DemoData(DatabaseMode mode, DatabaseRoles roles, OrgBulkLoad org, PeopleBulkLoad people, SecurityBulkLoad security,
			HazardBulkLoad hazards, DemoRisks risks, DemoEducation education, DemoTraining training,
			PasswordEncoder encoder, TransactionTemplate tx,
			@Value("${xiaoan.demo.schools-per-county:6}") int schoolsPerCounty,
			@Value("${xiaoan.generate.province-schools:0}") int provinceSchools,
			@Value("${xiaoan.generate.hazards:0}") int provinceHazards, PeopleGeneration peopleGeneration,
			EducationGeneration educationGeneration,
			@Value("${xiaoan.generate.education:false}") boolean provinceEducation,
			@Value("${xiaoan.generate.students:10000000}") long provinceStudents, TeachingClassBulkLoad teaching,
			Divisions divisions, DemoEmergency emergency, DemoMeeting meeting, DemoCare care, DemoOpinion opinion,
			DemoAccident accidents, DemoBullying bullying) {
		this.emergency = emergency;
		this.meeting = meeting;
		this.care = care;
		this.opinion = opinion;
		this.accidents = accidents;
		this.bullying = bullying;
		this.divisions = divisions;
		this.mode = mode;
		this.teaching = teaching;
		this.roles = roles;
		this.org = org;
		this.people = people;
		this.security = security;
		this.hazards = hazards;
		this.risks = risks;
		this.education = education;
		this.training = training;
		this.encoder = encoder;
		this.tx = tx;
		this.schoolsPerCounty = schoolsPerCounty;
		this.provinceSchools = provinceSchools;
		this.provinceHazards = provinceHazards;
		this.peopleGeneration = peopleGeneration;
		this.educationGeneration = educationGeneration;
		this.provinceEducation = provinceEducation;
		this.provinceStudents = provinceStudents;
	}

	/** Asked for, and the database still empty (the first start). */
	boolean wanted() {
		return mode.demoEnabled() && !org.hasSchools();
	}

	/** A benchmark's generated province: its scripts wait for it before they measure. */
	boolean generatesScale() {
		return provinceSchools > 0;
	}

	void loadAsOwner() {
		// as the owner: the scale generator drops and rebuilds indexes
		roles.asOwner(this::load);
	}

	private void load() {
		long start = System.nanoTime();
		tx.executeWithoutResult(status -> generate());
		log.info("Generated demo data in {} ms", (System.nanoTime() - start) / 1_000_000);
		if (provinceSchools > 0) {
			start = System.nanoTime();
			long[] added = new ProvinceScale(org, hazards).generate(provinceSchools, provinceHazards,
					divisions.province("450000", true), java.time.OffsetDateTime.now(DemoHazards.BEIJING));
			log.info("Generated province scale: {} schools, {} hazards in {} ms", added[0], added[1],
					(System.nanoTime() - start) / 1_000_000);
		}
		if (provinceSchools > 0 && provinceEducation) {
			start = System.nanoTime();
			long[] added = new ProvinceEducation(org, peopleGeneration, educationGeneration, roles)
				.generate(provinceStudents, encoder.encode(PASSWORD), java.time.LocalDate.now());
			log.info("Generated province education: {} classes, {} students, {} assignments (campaign {}) in {} ms",
					added[0], added[1], added[2], added[3], (System.nanoTime() - start) / 1_000_000);
		}
	}

	void generate() {
		Random random = new Random(20261123L);
		java.time.LocalDate today = java.time.LocalDate.now(DemoHazards.BEIJING);
		// the school year begins on 1 September
		int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		String hash = encoder.encode(PASSWORD);
		long start = System.nanoTime();
		org.province("450000");
		log.info("Loaded 广西's division tree in {} ms", (System.nanoTime() - start) / 1_000_000);
		org.regions(DemoRegions.all());
		List<DemoSchool> schools = new ArrayList<>();
		Map<String, SchoolPlan> plans = new HashMap<>();
		Map<String, String> countyOf = new HashMap<>();
		List<SaveSchool> rows = new ArrayList<>();
		int countyIndex = 0;
		for (DemoRegions.County county : DemoRegions.COUNTIES) {
			for (int i = 0; i < schoolsPerCounty; i++) {
				SchoolPlan plan = SchoolPlan.PLANS.get((i + countyIndex) % SchoolPlan.PLANS.size());
				if (i == 0) {
					plan = SchoolPlan.PLANS.get(0);
				}
				String[] township = county.townships().get(i % county.townships().size());
				String region = plan.inTownship() ? township[0] : county.code();
				String name = (plan.inTownship() ? county.shortName() + township[1] : county.shortName())
						+ (i >= SchoolPlan.PLANS.size() ? (i / SchoolPlan.PLANS.size() + 1) + "" : "")
						+ plan.nameSuffix();
				double jitter = 0.85 + random.nextDouble() * 0.3;
				int students = (int) Math.round(plan.students() * jitter);
				int boarders = (int) Math.round(plan.boarders() * jitter);
				int staff = Math.max(5, students / plan.staffRatio());
				String code = "2" + county.code() + String.format("%03d", i + 1);
				rows.add(new SaveSchool(code, name, plan.type(), region, regionAddress(county, township, i),
						"0774-" + (3800000 + i * 17), boarders > 0, students, boarders, staff));
				plans.put(code, plan);
				countyOf.put(code, county.code());
			}
			countyIndex++;
		}
		Map<String, Long> ids = org.schools(rows);
		int index = 0;
		Map<Long, String> regionBySchool = new HashMap<>();
		Map<Long, Facilities> facilities = new HashMap<>();
		for (SaveSchool row : rows) {
			DemoSchool school = new DemoSchool(ids.get(row.code()), row, plans.get(row.code()));
			school.build(org, random, index, countyOf.get(row.code()), schoolYear);
			schools.add(school);
			regionBySchool.put(school.id, row.regionCode());
			facilities.put(school.id, new Facilities(index % 11 != 4, index % 8 != 2, index % 8 != 2, true,
					index % 13 != 6, index % 9 == 4 ? 15 : 30 + (index % 3) * 30, "demo", null));
			index++;
		}
		security.facilities(regionBySchool, facilities);
		DemoSchool demo = schools.get(4 * schoolsPerCounty);
		demo.account("PRINCIPAL", "principal", Role.PRINCIPAL.name());
		demo.account("SAFETY_DIRECTOR", "safety", Role.SCHOOL_SAFETY_OFFICER.name());
		demo.account("HEAD_TEACHER", "headteacher", Role.HEAD_TEACHER.name());
		demo.account("TEACHER", "teacher", Role.TEACHER.name());
		demo.account("GUARD", "guard", Role.GUARD.name());
		schools.get(7 * schoolsPerCounty).account("PRINCIPAL", "principal2", Role.PRINCIPAL.name());
		people.staff(schools.stream().flatMap(s -> s.staff.stream()).toList(), hash, false);
		people.students(schools.stream().flatMap(s -> s.students.stream()).toList(), hash, false);
		// the demo teacher teaches the first two classes (the head teacher leads the
		// first)
		teaching.teach("teacher", demo.classIds.subList(0, Math.min(2, demo.classIds.size())));
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(DemoHazards.BEIJING);
		long played = System.nanoTime();
		long loaded = hazards.stories(DemoHazards.of(schools, schoolsPerCounty, now, random), now);
		log.info("Played {} demo hazards through the lifecycle rules in {} ms", loaded,
				(System.nanoTime() - played) / 1_000_000);
		new DemoAccounts(people).create(hash, demo);
		risks.inventory(List.of(demo.id, schools.get(7 * schoolsPerCounty).id));
		education.campaigns(java.time.LocalDate.now(), people.studentIdByNo(demo.students.get(0).studentNo()));
		training.seed(demo, schoolsPerCounty > 1 ? schools.get(4 * schoolsPerCounty + 1) : null,
				java.time.LocalDate.now());
		duty.seed(demo, schools);
		emergency.seed(schools, demo, today);
		warnings.seed(demo.id);
		meeting.seed(java.time.LocalDate.now(DemoHazards.BEIJING));
		care.seed(demo, schools, java.time.LocalDate.now(DemoHazards.BEIJING));
		opinion.seed(java.time.Instant.now());
		accidents.seed(schools, demo, java.time.LocalDate.now(DemoHazards.BEIJING));
		waters.seed(demo.id);
		notices.seed(demo.id);
		bullying.seed(java.time.LocalDate.now(DemoHazards.BEIJING));
		schoolBuses.seed(demo, hash, java.time.LocalDate.now(DemoHazards.BEIJING));
		surroundings.seed(demo.id, hash);
		liaison.seed(demo, schools, hash, java.time.LocalDate.now(DemoHazards.BEIJING));
		institutions.seed(java.time.LocalDate.now(DemoHazards.BEIJING));
		assessment.seed(schools, java.time.LocalDate.now(DemoHazards.BEIJING));
	}

	private static String regionAddress(DemoRegions.County county, String[] township, int i) {
		String prefix = county.code().startsWith("53") ? "云南省曲靖市" : "广西梧州市";
		return prefix + county.name() + township[1] + (i + 1) * 8 + "号";
	}

}
