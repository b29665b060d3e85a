package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.institutions.AddResettlement;
import cn.xiaoan.institutions.CheckItem;
import cn.xiaoan.institutions.InspectInstitution;
import cn.xiaoan.institutions.InstitutionChecks;
import cn.xiaoan.institutions.InstitutionsManagement;
import cn.xiaoan.institutions.Outcome;
import cn.xiaoan.institutions.RegisterInstitution;
import cn.xiaoan.institutions.ResettlementMethod;
import cn.xiaoan.institutions.Subject;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 藤县's off-campus training institutions, through the institutions module's API: 藤州镇
 * registers five and inspects them — two compliant, one rectifying past its deadline, one
 * found without a licence — the county bans a second unlicensed one with its students
 * half resettled, and publishes its first black and white lists.
 */
@Component
class DemoInstitutions {

	private final InstitutionsManagement institutions;

	private final InstitutionChecks checks;

	private final DatabaseMode mode;

	DemoInstitutions(InstitutionsManagement institutions, InstitutionChecks checks, DatabaseMode mode) {
		this.institutions = institutions;
		this.checks = checks;
		this.mode = mode;
	}

	void seed(LocalDate today) {
		if (!mode.demoEnabled()) {
			return;
		}
		try {
			as("tzz_safety", "藤州镇中心校安全干部", "450422100");
			String t = "450422100";
			long art = register(new RegisterInstitution(t, "藤县启航艺术培训中心", "教民145042270000123号", "91450422MA5N8K3Q2X",
					"藤州镇城东大道28号二楼", List.of(Subject.ARTS), 120, "覃丽华", "13877421100", 110.9301, 23.3788));
			long sports = register(
					new RegisterInstitution(t, "藤县飞跃体育培训有限公司", "教民145042270000156号", "91450422MA5P1B7C4Y", "藤州镇滨江路6号",
							List.of(Subject.SPORTS), 200, "梁志明", "13977408856", 110.9334, 23.3757));
			long science = register(new RegisterInstitution(t, "藤县小牛顿科技培训学校", "教民145042270000178号", "", "藤州镇西山路113号",
					List.of(Subject.SCIENCE), 80, "黄海燕", "13607746632", 110.9208, 23.3809));
			long tutoring = register(new RegisterInstitution(t, "优学辅导工作室", "", "", "藤州镇东胜街41号三楼住宅",
					List.of(Subject.ACADEMIC), 40, "陈某某", "", 110.9283, 23.3746));
			long english = register(new RegisterInstitution(t, "博雅英语托管班", "", "", "藤州镇河东市场旁居民楼",
					List.of(Subject.ACADEMIC), 60, "李某", "", null, null));
			List<CheckItem> items = institutions.checklist();
			checks.inspect(art, inspection(today.minusDays(20), Outcome.COMPLIANT, items, 0, null));
			checks.inspect(sports, inspection(today.minusDays(12), Outcome.COMPLIANT, items, 0, null));
			checks.inspect(science, inspection(today.minusDays(40), Outcome.RECTIFY, items, 3, null));
			checks.inspect(tutoring, inspection(today.minusDays(6), Outcome.RECTIFY, items, 1, null));
			as("tx_safety", "藤县教育局安全干部", "450422");
			checks.inspect(english, inspection(today.minusDays(5), Outcome.BANNED, items, 1, 36));
			long banId = institutions.detail(english).bans().get(0).id();
			checks.addResettlement(banId,
					new AddResettlement(ResettlementMethod.TRANSFER, "藤县城东小学", 20, BigDecimal.ZERO, "转入藤县启航艺术培训中心"));
			var refund = checks.addResettlement(banId,
					new AddResettlement(ResettlementMethod.REFUND, "", 16, new BigDecimal("28800.00"), "按剩余课时退费"));
			checks.closeResettlement(refund.items().get(0).id(), "20名学员已转入白名单机构，家长签字确认");
			institutions.publish(null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long register(RegisterInstitution command) {
		return institutions.register(command).id();
	}

	/**
	 * An inspection with the first {@code failing} items failed (the licence first), and
	 * for a ban the students to resettle.
	 */
	private static InspectInstitution inspection(LocalDate on, Outcome outcome, List<CheckItem> items, int failing,
			Integer students) {
		List<InspectInstitution.Answer> answers = new java.util.ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			boolean failed = i < failing;
			answers.add(new InspectInstitution.Answer(items.get(i).id(), !failed,
					failed ? "现场检查发现：" + items.get(i).text() + "不符合要求" : "", null, null));
		}
		return new InspectInstitution(on, outcome, null,
				outcome == Outcome.BANNED ? "无证开展学科类培训，场所设在居民楼内，联合市场监管部门依法取缔" : "", answers, students,
				students == null ? null : new BigDecimal("64800.00"));
	}

	private static void as(String username, String name, String region) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(new CurrentUser(0, username, name,
				Role.BUREAU_SAFETY_OFFICER, DataScope.region(RegionCode.of(region)), null, false)));
		SecurityContextHolder.setContext(context);
	}

}
