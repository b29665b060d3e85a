package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.xiaoan.care.CareBoard;
import cn.xiaoan.care.CareForm;
import cn.xiaoan.care.CareManagement;
import cn.xiaoan.care.ClassPage;
import cn.xiaoan.care.ClassRow;
import cn.xiaoan.care.FlagStudent;
import cn.xiaoan.care.NameCounsellor;
import cn.xiaoan.care.PairStudent;
import cn.xiaoan.care.RecordVisit;
import cn.xiaoan.care.RiskFlag;
import cn.xiaoan.care.CareCounsellors;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 一岗双带 in the demo, through the care module's API as each school would do it: the safety
 * office flags students at risk, the head teachers confirm the suggested pairs, the pairs
 * record talks and home visits — one of them overdue for its follow-up. The demo school's
 * classes are paired; every school of 梧州 gets a few flagged students, most paired, so the
 * counts roll up; 藤县第一高级中学's psychological counsellor is named by the principal.
 */
@Component
class DemoCare {

	private static final String[][] VISITS = {
			{ "父母在广东打工，跟爷爷奶奶生活，想念父母，话不多", "数学成绩下滑，作业能按时完成", "爷爷身体不好，奶奶务农，家里有一个弟弟", "晚上没人辅导功课", "每周和父母视频一次，安排同桌结对辅导数学" },
			{ "最近情绪低落，说晚上睡不好", "上课注意力不集中", "父母离异，随母亲生活，母亲在镇上做工", "与同学交往少，不愿参加集体活动", "约学校心理辅导老师面谈，鼓励参加篮球兴趣小组" },
			{ "愿意交流，对升学有顾虑", "成绩中等，英语偏弱", "家庭经济困难，母亲常年生病", "担心学费和生活费", "协助申请国家助学金，联系班级英语老师课后辅导" },
			{ "性格开朗，和同学关系好", "学习主动，成绩稳定", "父亲在外地务工，每月回家一次", "周末无人照看", "提醒周末注意交通和防溺水安全，留好班主任电话" } };

	private static final RiskFlag[] FLAGS = { RiskFlag.LEFT_BEHIND, RiskFlag.PSYCHOLOGICAL, RiskFlag.FINANCIAL,
			RiskFlag.SINGLE_PARENT, RiskFlag.ACADEMIC, RiskFlag.BEHAVIOUR, RiskFlag.DISABILITY };

	private final CareManagement care;

	private final CareBoard board;

	private final CareCounsellors counsellors;

	private final SchoolColleagues colleagues;

	DemoCare(CareManagement care, CareBoard board, CareCounsellors counsellors, SchoolColleagues colleagues) {
		this.care = care;
		this.board = board;
		this.counsellors = counsellors;
		this.colleagues = colleagues;
	}

	void seed(DemoSchool demo, List<DemoSchool> schools, LocalDate today) {
		Random random = new Random(20261204L);
		try {
			for (DemoSchool school : schools) {
				if (!school.school.regionCode().startsWith("4504")) {
					continue;
				}
				boolean isDemo = school.id == demo.id;
				List<Long> classes = isDemo ? school.classIds
						: school.classIds.subList(0, Math.min(2, school.classIds.size()));
				for (int c = 0; c < classes.size(); c++) {
					seedClass(school, classes.get(c), isDemo ? c : c + (int) (school.id % 3), random, today,
							isDemo && c == classes.size() - 1);
				}
			}
			nameCounsellor(demo);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Flags two or three students of a class, pairs them as suggested (but the last class
	 * of the demo school keeps a gap), and records visits; {@code n} varies the stories.
	 */
	private void seedClass(DemoSchool school, long classId, int n, Random random, LocalDate today, boolean leaveGap) {
		List<SchoolColleague> staff = colleagues(school);
		SchoolColleague safety = staff.stream()
			.filter(s -> "SAFETY_DIRECTOR".equals(s.postCode()))
			.findFirst()
			.orElse(staff.get(0));
		act(school, Role.SCHOOL_SAFETY_OFFICER, safety);
		ClassPage page = board.classPage(classId);
		List<ClassRow> rows = page.rows();
		int flagged = Math.min(rows.size() - 1, 2 + n % 2);
		for (int i = 1; i <= flagged; i++) {
			RiskFlag flag = FLAGS[(n + i) % FLAGS.length];
			care.flag(rows.get(i).studentId(), new FlagStudent(flag, note(flag)));
		}
		if (leaveGap) {
			return;
		}
		page = board.classPage(classId);
		for (ClassRow row : page.rows()) {
			if (row.atRisk() && row.suggestedStaffId() != null) {
				care.pair(row.studentId(), new PairStudent(row.suggestedStaffId()));
			}
		}
		for (ClassRow row : board.classPage(classId).rows()) {
			if (!row.atRisk() || row.pairStaffId() == null) {
				continue;
			}
			SchoolColleague pair = staff.stream()
				.filter(s -> s.staffId() == row.pairStaffId())
				.findFirst()
				.orElseThrow();
			act(school, Role.TEACHER, pair);
			int story = (int) ((row.studentId() + n) % VISITS.length);
			// the first flagged student of a class is overdue: visited 40 days ago,
			// follow-up
			// planned after 30
			boolean overdue = row.flags().contains(RiskFlag.LEFT_BEHIND);
			LocalDate first = today.minusDays(overdue ? 40 : 20 + random.nextInt(8));
			care.record(row.studentId(), visit(first, CareForm.HOME_VISIT, story, first.plusDays(30)));
			if (!overdue) {
				LocalDate second = today.minusDays(random.nextInt(6));
				care.record(row.studentId(),
						visit(second, CareForm.TALK, (story + 1) % VISITS.length, second.plusDays(14)));
			}
		}
	}

	private void nameCounsellor(DemoSchool demo) {
		List<SchoolColleague> staff = colleagues(demo);
		SchoolColleague principal = staff.stream()
			.filter(s -> "PRINCIPAL".equals(s.postCode()))
			.findFirst()
			.orElse(staff.get(0));
		act(demo, Role.PRINCIPAL, principal);
		staff.stream()
			.filter(s -> "TEACHER".equals(s.postCode()) && s.classIds().isEmpty())
			.skip(3)
			.findFirst()
			.ifPresent(s -> counsellors.name(new NameCounsellor(s.staffId())));
	}

	private List<SchoolColleague> colleagues(DemoSchool school) {
		act(new CurrentUser(0, "system", "系统", Role.PRINCIPAL, scope(school), null, false));
		return colleagues.of(school.id);
	}

	private static RecordVisit visit(LocalDate day, CareForm form, int story, LocalDate next) {
		String[] v = VISITS[story];
		return new RecordVisit(day, form, v[0], v[1], v[2], v[3], v[4], next);
	}

	private static String note(RiskFlag flag) {
		return switch (flag) {
			case LEFT_BEHIND -> "父母均在外省务工，由祖父母监护";
			case PSYCHOLOGICAL -> "心理测评提示焦虑倾向，已转介心理辅导";
			case FINANCIAL -> "建档立卡脱贫户家庭";
			case SINGLE_PARENT -> "父母离异，随母亲生活";
			case ACADEMIC -> "多科成绩不及格，学习信心不足";
			case BEHAVIOUR -> "多次迟到旷课，与社会青年交往";
			case DISABILITY -> "听力二级残疾，随班就读";
		};
	}

	private static DataScope scope(DemoSchool school) {
		return DataScope.school(school.id, school.school.regionCode());
	}

	private static void act(DemoSchool school, Role role, SchoolColleague as) {
		act(new CurrentUser(0, "system", as.name(), role, scope(school), as.staffId(), false));
	}

	private static void act(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
