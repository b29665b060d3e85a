package cn.xiaoan.duty;

import java.util.List;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small catalogue for the tests while the national one (migration V202612040150) is not
 * there: inserted only when the catalogue is empty, then the demo school's staff are
 * synchronised and most of them sign (not the demo accounts), as the demo would have.
 */
public final class DutyFixture {

	private static boolean ready;

	private DutyFixture() {
	}

	public static synchronized void ensure(Demo demo, DutyAssignments assignments, DutyManagement duty) {
		if (ready) {
			return;
		}
		JdbcClient owner = demo.ownerJdbc();
		if (owner.sql("select count(*) from duty.post").query(Long.class).single() == 0) {
			insertCatalogue(owner);
			long school = demo.schoolOf("principal");
			demo.runAs("admin", () -> {
				assignments.syncSchool(school);
				demo.schoolsIn("450422").forEach(assignments::syncSchool);
			});
			List<String> demoAccounts = demo.jdbc()
				.sql("select a.person_id::text from people.account a where a.username in ('principal','safety','headteacher')")
				.query(String.class)
				.list();
			int n = 0;
			for (SchoolSigning.Row row : demo.callAs("admin", () -> assignments.signing(school)).rows()) {
				Holder h = row.holder();
				if (h.version().isEmpty() || demoAccounts.contains(String.valueOf(h.staffId())) || n++ % 5 == 4) {
					continue;
				}
				as(new CurrentUser(0, "fixture", h.name(), Role.TEACHER, DataScope.school(h.schoolId(), h.regionCode()),
						h.staffId(), false), () -> duty.sign(DutyTests.drawn(), h.version()));
			}
		}
		ready = true;
	}

	private static void insertCatalogue(JdbcClient owner) {
		owner.sql("""
				insert into duty.post (code, level, name_zh, name_en, hr_post, seq) values
				 ('BUREAU_SAFETY', 'BUREAU', '安全科（股）长', 'Head of the safety section', null, 1),
				 ('PRINCIPAL', 'SCHOOL', '校长', 'Principal', 'PRINCIPAL', 10),
				 ('SAFETY_HEAD', 'SCHOOL', '安全办主任', 'Head of the safety office', 'SAFETY_DIRECTOR', 11),
				 ('HEAD_TEACHER', 'SCHOOL', '班主任', 'Head teacher', 'HEAD_TEACHER', 12),
				 ('TEACHER', 'SCHOOL', '任课教师', 'Teacher', 'TEACHER', 13),
				 ('LAB_TEACHER', 'SCHOOL', '实验教师', 'Laboratory teacher', null, 14),
				 ('GUARD', 'SCHOOL', '门卫/保安', 'Guard', 'GUARD', 15),
				 ('CANTEEN_HEAD', 'SCHOOL', '食堂负责人', 'Canteen manager', 'CANTEEN', 16),
				 ('DORM_KEEPER', 'SCHOOL', '宿管员', 'Dormitory keeper', 'DORMITORY', 17)
				on conflict do nothing""").update();
		owner.sql("""
				insert into duty.post_duty (post_code, seq, text) values
				 ('PRINCIPAL', 1, '学校安全工作第一责任人，全面负责学校安全工作。'),
				 ('PRINCIPAL', 2, '每学期至少主持召开两次安全工作专题会议。'),
				 ('SAFETY_HEAD', 1, '组织每日安全巡查，建立隐患台账并跟踪整改。'),
				 ('HEAD_TEACHER', 1, '每天晨午检，掌握本班学生出勤和健康情况。'),
				 ('HEAD_TEACHER', 2, '每周上好一节安全教育课，做好家校沟通。'),
				 ('TEACHER', 1, '上课期间对本节课学生安全负责，不得擅离课堂。'),
				 ('LAB_TEACHER', 1, '危化品双人双锁管理，实验前检查器材。'),
				 ('GUARD', 1, '落实外来人员登记制度，上下学时段门口值守。'),
				 ('CANTEEN_HEAD', 1, '每餐食品留样不少于125克，保存48小时。'),
				 ('DORM_KEEPER', 1, '每晚查寝，发现学生未归立即报告。')
				on conflict do nothing""").update();
		owner.sql("""
				insert into duty.procedure (code, kind, title_zh, title_en, seq) values
				 ('MORNING_CHECK', 'ROUTINE', '晨午检', 'Morning and noon checks', 1),
				 ('DISMISSAL_ESCORT', 'ROUTINE', '放学护导', 'Escort at dismissal', 2),
				 ('FIRE', 'EMERGENCY', '火灾', 'Fire', 1),
				 ('EARTHQUAKE', 'EMERGENCY', '地震', 'Earthquake', 2),
				 ('STAMPEDE', 'EMERGENCY', '拥挤踩踏', 'Stampede', 3),
				 ('INTRUDER', 'EMERGENCY', '不法分子闯入', 'Intruder', 4)
				on conflict do nothing""").update();
		owner.sql("""
				insert into duty.procedure_step (procedure_code, seq, text) values
				 ('MORNING_CHECK', 1, '早读前清点人数，询问并观察学生健康状况。'),
				 ('MORNING_CHECK', 2, '缺勤学生15分钟内联系家长核实原因。'),
				 ('DISMISSAL_ESCORT', 1, '按护导岗位到位，疏导学生有序离校。'),
				 ('FIRE', 1, '立即拨打119，报告起火位置。'),
				 ('FIRE', 2, '组织学生用湿毛巾捂住口鼻，低姿沿疏散通道撤离。'),
				 ('FIRE', 3, '到达集合点后清点人数，报告校长。'),
				 ('EARTHQUAKE', 1, '就近躲避在课桌下，护住头颈。'),
				 ('STAMPEDE', 1, '大声呼喊停止前进，疏散后方人员。'),
				 ('INTRUDER', 1, '关闭校门，拨打110，组织学生进入教室锁门。')
				on conflict do nothing""").update();
		owner.sql("""
				insert into duty.post_procedure (post_code, procedure_code) values
				 ('HEAD_TEACHER', 'MORNING_CHECK'), ('HEAD_TEACHER', 'DISMISSAL_ESCORT'), ('HEAD_TEACHER', 'FIRE'),
				 ('HEAD_TEACHER', 'STAMPEDE'), ('TEACHER', 'DISMISSAL_ESCORT'), ('TEACHER', 'FIRE'),
				 ('GUARD', 'INTRUDER'), ('PRINCIPAL', 'FIRE'), ('SAFETY_HEAD', 'FIRE')
				on conflict do nothing""").update();
	}

	static void as(CurrentUser user, Runnable call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		try {
			call.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
