package cn.xiaoan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import cn.xiaoan.opinion.AddPerson;
import cn.xiaoan.opinion.AssignTask;
import cn.xiaoan.opinion.CaseSource;
import cn.xiaoan.opinion.DepartmentKind;
import cn.xiaoan.opinion.DraftStatement;
import cn.xiaoan.opinion.LinkDepartment;
import cn.xiaoan.opinion.OpenCase;
import cn.xiaoan.opinion.OpinionManagement;
import cn.xiaoan.opinion.OpinionStatements;
import cn.xiaoan.opinion.OpinionTasks;
import cn.xiaoan.opinion.Severity;
import cn.xiaoan.opinion.StatementKind;
import cn.xiaoan.opinion.StepNote;
import cn.xiaoan.opinion.bulk.OpinionHistory;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.Callers;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two opinion cases played through the opinion module's API by the demo accounts: a
 * closed case of 梧州市 from twelve days ago, its statements published within the national
 * deadlines, with its whole timeline; and a live case of 藤县 opened two hours ago with a
 * task for the police liaison and a bulletin awaiting 藤县's approval.
 */
@Component
class DemoOpinion {

	private final OpinionManagement cases;

	private final OpinionTasks tasks;

	private final OpinionStatements statements;

	private final OrgManagement org;

	private final UserDetailsService accounts;

	DemoOpinion(OpinionManagement cases, OpinionTasks tasks, OpinionStatements statements, OrgManagement org,
			UserDetailsService accounts) {
		this.cases = cases;
		this.tasks = tasks;
		this.statements = statements;
		this.org = org;
		this.accounts = accounts;
	}

	void seed(Instant now) {
		// lunch time twelve days ago, Beijing time
		closedCaseOfWuzhou(LocalDateTime.ofInstant(now, ZoneId.systemDefault())
			.toLocalDate()
			.minusDays(12)
			.atTime(12, 50)
			.atZone(ZoneId.systemDefault())
			.toInstant());
		liveCaseOfTengxian(now);
		SecurityContextHolder.clearContext();
	}

	private void closedCaseOfWuzhou(Instant t0) {
		long school = as("wz_safety",
				() -> org.schoolsInScope(new SchoolQuery("", null, "450405", 0, 1, "code")).get(0).id());
		long id = at(t0.plus(Duration.ofMinutes(40)), "wz_safety",
				() -> cases.open(new OpenCase("网传长洲区一小学学生集体腹泻送医", "有网友在社交平台发布视频称，长洲区一小学多名学生午餐后腹痛腹泻被送往医院，引发家长关注和转发。",
						"长洲区", local(t0), Severity.MAJOR, CaseSource.SOCIAL, List.of(school), "wz_admin")));
		at(t0.plus(Duration.ofMinutes(45)), "wz_safety", () -> {
			cases.addPerson(id, new AddPerson("学生若干（三至五年级）", true, null));
			return null;
		});
		long health = at(t0.plus(Duration.ofMinutes(50)), "wz_safety",
				() -> cases.linkDepartment(id, new LinkDepartment(DepartmentKind.HEALTH, "梧州市卫生健康委员会")));
		long cyber = at(t0.plus(Duration.ofMinutes(52)), "wz_safety",
				() -> cases.linkDepartment(id, new LinkDepartment(DepartmentKind.PROPAGANDA, "梧州市委网信办")));
		long county = at(t0.plus(Duration.ofMinutes(55)), "wz_safety",
				() -> cases.linkDepartment(id, new LinkDepartment(DepartmentKind.UPPER_BUREAU, "长洲区教育局")));
		long ill = at(t0.plus(Duration.ofMinutes(58)), "wz_safety", () -> tasks.assign(id,
				new AssignTask(health, "核实就医学生人数和病情，配合疾控采样", "cz_safety", local(t0.plus(Duration.ofHours(4))))));
		long watch = at(t0.plus(Duration.ofMinutes(60)), "wz_safety", () -> tasks.assign(id,
				new AssignTask(cyber, "监测网络舆情，汇总主要关切", "wz_admin", local(t0.plus(Duration.ofHours(6))))));
		long canteen = at(t0.plus(Duration.ofMinutes(62)), "wz_safety", () -> tasks.assign(id,
				new AssignTask(county, "封存食堂留样，暂停供餐并通知家长", "cz_admin", local(t0.plus(Duration.ofHours(3))))));
		at(t0.plus(Duration.ofMinutes(90)), "cz_admin", () -> {
			tasks.answer(canteen, new StepNote("已封存当日留样 12 份，食堂暂停供餐，改由配餐公司临时供餐，已通过班级群通知全体家长。"));
			return null;
		});
		long bulletin = at(t0.plus(Duration.ofHours(2)), "wz_safety",
				() -> statements.draft(id,
						new DraftStatement(StatementKind.BULLETIN, "关于长洲区一小学部分学生身体不适的情况通报",
								"日前中午，长洲区一小学部分学生午餐后出现腹痛、腹泻症状，学校立即将学生送医。目前 23 名学生均已得到救治，生命体征平稳。"
										+ "市、区卫生健康部门已介入调查，食堂已暂停供餐并封存留样。调查结果将及时向社会公布。")));
		at(t0.plus(Duration.ofMinutes(150)), "wz_admin", () -> {
			statements.approve(id, bulletin);
			return null;
		});
		at(t0.plus(Duration.ofMinutes(160)), "wz_safety", () -> {
			statements.publish(id, bulletin);
			return null;
		});
		at(t0.plus(Duration.ofHours(3)), "cz_safety", () -> {
			tasks.answer(ill, new StepNote("23 名学生在市第二人民医院就诊，均为轻症，已有 19 名学生回家观察；疾控已采集呕吐物和留样。"));
			return null;
		});
		at(t0.plus(Duration.ofHours(5)), "wz_admin", () -> {
			tasks.answer(watch, new StepNote("主要关切为病因和食堂管理，相关话题阅读量约 12 万，通报发布后负面评论明显减少。"));
			return null;
		});
		long press = at(t0.plus(Duration.ofHours(16)), "wz_safety",
				() -> statements.draft(id, new DraftStatement(StatementKind.PRESS_CONFERENCE, "长洲区学生身体不适事件新闻发布会",
						"市教育局、市卫生健康委员会联合召开新闻发布会，通报学生救治情况和初步调查结果：初步判定为诺如病毒感染，非食物中毒。全市学校开展食堂食品安全专项检查。")));
		at(t0.plus(Duration.ofHours(17)), "wz_admin", () -> {
			statements.approve(id, press);
			return null;
		});
		at(t0.plus(Duration.ofHours(20)), "wz_safety", () -> {
			statements.publish(id, press);
			return null;
		});
		at(t0.plus(Duration.ofDays(3)), "wz_safety", () -> {
			cases.note(id, new StepNote("全部学生已返校复课，食堂经检查合格后恢复供餐。"));
			cases.close(id);
			return null;
		});
	}

	private void liveCaseOfTengxian(Instant now) {
		long school = as("principal", () -> Callers.current().scope().schoolId());
		Instant t0 = now.minus(Duration.ofHours(2));
		long id = at(now.minus(Duration.ofMinutes(90)), "tx_safety",
				() -> cases.open(new OpenCase("网传藤县一中学生校外冲突视频", "抖音平台出现一段藤县第一高级中学学生在校外发生肢体冲突的视频，转发量较大，有网友称存在欺凌。",
						"藤州镇城东大道", local(t0), Severity.MAJOR, CaseSource.SOCIAL, List.of(school), "tx_admin")));
		at(now.minus(Duration.ofMinutes(85)), "tx_safety", () -> {
			cases.addPerson(id, new AddPerson("学生李某（高一）", true, null));
			cases.addPerson(id, new AddPerson("学生覃某（高一）", true, null));
			return null;
		});
		long police = at(now.minus(Duration.ofMinutes(80)), "tx_safety",
				() -> cases.linkDepartment(id, new LinkDepartment(DepartmentKind.POLICE, "藤县公安局")));
		long schoolDept = at(now.minus(Duration.ofMinutes(78)), "tx_safety",
				() -> cases.linkDepartment(id, new LinkDepartment(DepartmentKind.SCHOOL, "藤县第一高级中学")));
		at(now.minus(Duration.ofMinutes(75)), "tx_safety", () -> {
			tasks.assign(id,
					new AssignTask(police, "核查视频来源和冲突经过，依法处置", "police", local(now.plus(Duration.ofHours(20)))));
			return tasks.assign(id,
					new AssignTask(schoolDept, "约谈涉事学生及家长，开展心理疏导", "safety", local(now.plus(Duration.ofHours(4)))));
		});
		at(now.minus(Duration.ofMinutes(30)), "tx_safety",
				() -> statements.draft(id, new DraftStatement(StatementKind.BULLETIN, "关于网传我县一中学生校外冲突视频的情况通报",
						"近日，网传我县一中学生在校外发生冲突的视频。县教育局高度重视，已会同公安机关开展调查，涉事学生情绪稳定，学校已联系家长并开展心理疏导。调查结果将及时公布。")));
	}

	private static LocalDateTime local(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
	}

	private <T> T at(Instant when, String username, Supplier<T> step) {
		Object[] result = new Object[1];
		OpinionHistory.at(when, () -> result[0] = as(username, step));
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private <T> T as(String username, Supplier<T> step) {
		UserDetails details = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		return step.get();
	}

}
