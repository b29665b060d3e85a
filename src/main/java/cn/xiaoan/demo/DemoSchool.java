package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.xiaoan.org.bulk.OrgBulkLoad;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.people.NewStaff;
import cn.xiaoan.people.NewStudent;
import cn.xiaoan.security.GuardRule;
import cn.xiaoan.shared.IdCardNumber;

/** Builds one school's grades, classes, staff and students. */
final class DemoSchool {

	private static final Set<String> ID_CARDS = new HashSet<>();

	final long id;

	final SaveSchool school;

	final SchoolPlan plan;

	final List<Long> classIds = new ArrayList<>();

	final List<NewStudent> students = new ArrayList<>();

	final List<NewStaff> staff = new ArrayList<>();

	DemoSchool(long id, SaveSchool school, SchoolPlan plan) {
		this.id = id;
		this.school = school;
		this.plan = plan;
	}

	/**
	 * Students per class are spread evenly; boarders are the first students of a boarding
	 * school. Each grade's students are as old as the grade on 1 September of
	 * {@code schoolYear} (the plan's starting age plus the grade), born in the twelve
	 * months before that age's birthday.
	 */
	void build(OrgBulkLoad org, Random random, int index, String countyCode, int schoolYear) {
		int gradeCount = plan.grades().size();
		int perGrade = Math.max(1, school.studentCount() / gradeCount);
		int classesPerGrade = Math.max(1, Math.round((float) perGrade / plan.classSize()));
		int studentNo = 0;
		int boardersLeft = school.boarderCount();
		int remaining = school.studentCount();
		for (int g = 0; g < gradeCount; g++) {
			long gradeId = org.grade(id, plan.grades().get(g), g + 1, schoolYear - g);
			LocalDate bornFrom = LocalDate.of(schoolYear - plan.startAge() - g - 1, 9, 2);
			for (int c = 0; c < classesPerGrade; c++) {
				long classId = org.schoolClass(id, gradeId, (c + 1) + "班");
				classIds.add(classId);
				int size = (g == gradeCount - 1 && c == classesPerGrade - 1) ? remaining
						: Math.min(remaining, perGrade / classesPerGrade);
				for (int s = 0; s < size; s++) {
					String name = ChineseNames.person(random);
					LocalDate birth = bornFrom.plusDays(random.nextInt(364));
					boolean male = random.nextBoolean();
					String card = idCard(countyCode, birth, male, random);
					String relation = random.nextInt(10) < 5 ? "父亲" : random.nextInt(10) < 8 ? "母亲" : "祖父母";
					students.add(new NewStudent(id, school.regionCode(), classId,
							"G" + school.code() + String.format("%05d", ++studentNo), name, male ? "M" : "F", birth,
							card, boardersLeft-- > 0, ChineseNames.guardianOf(name, random),
							"13" + String.format("%09d", random.nextInt(1_000_000_000)), relation));
				}
				remaining -= size;
			}
		}
		buildStaff(random, index);
	}

	private void buildStaff(Random random, int index) {
		addStaff("PRINCIPAL", random, true, null);
		addStaff("VICE_PRINCIPAL", random, true, null);
		addStaff("SAFETY_DIRECTOR", random, true, null);
		for (Long classId : classIds) {
			addStaff("HEAD_TEACHER", random, true, classId);
		}
		addStaff("DOCTOR", random, true, null);
		for (int i = 0; i < Math.max(1, school.studentCount() / 400); i++) {
			addStaff("CANTEEN", random, true, null);
		}
		int required = GuardRule.national()
			.requirement(school.studentCount() + school.staffCount(), school.boarding(), school.boarderCount())
			.required();
		// Most schools are staffed as required; some fall short, some rely on part-time
		// guards.
		switch (index % 7) {
			case 3 -> repeat(required - 1, () -> addStaff("GUARD", random, true, null));
			case 5 -> repeat(2, () -> addStaff("GUARD", random, false, null));
			default -> repeat(required + (index % 3 == 0 ? 1 : 0), () -> addStaff("GUARD", random, true, null));
		}
		while (staff.size() < school.staffCount()) {
			addStaff("TEACHER", random, true, null);
		}
	}

	private static void repeat(int n, Runnable r) {
		for (int i = 0; i < n; i++) {
			r.run();
		}
	}

	NewStaff addStaff(String post, Random random, boolean fullTime, Long headClassId) {
		NewStaff member = new NewStaff(id, school.regionCode(), ChineseNames.person(random),
				random.nextBoolean() ? "M" : "F", "139" + String.format("%08d", random.nextInt(100_000_000)), post,
				null, fullTime, headClassId, "T" + String.format("%04d", staff.size() + 1), null, null);
		staff.add(member);
		return member;
	}

	/** Gives the first staff member of the post a demo account. */
	void account(String post, String username, String role) {
		for (int i = 0; i < staff.size(); i++) {
			NewStaff s = staff.get(i);
			if (s.postCode().equals(post) && s.accountUsername() == null) {
				staff.set(i, new NewStaff(s.schoolId(), s.regionCode(), s.name(), s.gender(), s.phone(), s.postCode(),
						s.departmentId(), s.fullTime(), s.headClassId(), s.employeeNo(), username, role));
				return;
			}
		}
	}

	private static String idCard(String county, LocalDate birth, boolean male, Random random) {
		while (true) {
			int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
			String first17 = county + birth.toString().replace("-", "") + String.format("%03d", seq);
			String card = first17 + IdCardNumber.checkChar(first17);
			synchronized (ID_CARDS) {
				if (ID_CARDS.add(card)) {
					return card;
				}
			}
		}
	}

}
