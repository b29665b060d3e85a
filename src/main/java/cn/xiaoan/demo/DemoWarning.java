package cn.xiaoan.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.Acknowledgement;
import cn.xiaoan.warning.IssueWarning;
import cn.xiaoan.warning.WarningHistory;
import cn.xiaoan.warning.WarningKind;
import cn.xiaoan.warning.WarningLevel;
import cn.xiaoan.warning.WarningManagement;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Early warnings of the demo, through the warning module's API: a typhoon warning 梧州 sent
 * three weeks ago that every school acknowledged, and a heat warning 藤县 sent this morning
 * that half its schools have acknowledged — not the demo school, whose principal finds it
 * in the home page's 待办.
 */
@Component
class DemoWarning {

	private final WarningManagement warnings;

	private final WarningHistory history;

	private final DatabaseMode mode;

	DemoWarning(WarningManagement warnings, WarningHistory history, DatabaseMode mode) {
		this.warnings = warnings;
		this.history = history;
		this.mode = mode;
	}

	void seed(long demoSchool) {
		if (!mode.demoEnabled()) {
			return;
		}
		try {
			long typhoon = as(bureau("450400"),
					() -> warnings
						.issue(new IssueWarning(WarningKind.TYPHOON, WarningLevel.ORANGE, "关于防御第18号台风“摩羯”的紧急预警",
								"受第18号台风“摩羯”影响，预计我市未来48小时有暴雨到大暴雨，局地特大暴雨，并伴有8～10级阵风。",
								"暂停户外教学和集体活动\n排查校舍、围墙、挡土墙及周边山体\n寄宿生晚自习后清点人数\n值班领导带班24小时在岗",
								LocalDateTime.now().plusDays(2), null, null, null))
						.id());
			acknowledge(typhoon, lines(bureau("450400"), typhoon), Integer.MAX_VALUE);
			as(system(), () -> {
				history.backdate(typhoon, Duration.ofDays(21));
				return null;
			});
			long heat = as(bureau("450422"),
					() -> warnings
						.issue(new IssueWarning(WarningKind.HEAT, WarningLevel.YELLOW, "高温黄色预警：做好防暑降温工作",
								"县气象台发布高温黄色预警信号，未来三天最高气温将达35℃以上。", "调整体育课和户外活动时间\n保障饮用水供应\n检查教室风扇、空调用电安全",
								LocalDateTime.now().plusDays(3), null, null, null))
						.id());
			List<Acknowledgement> county = lines(bureau("450422"), heat).stream()
				.filter(a -> a.schoolId() != demoSchool)
				.toList();
			acknowledge(heat, county, county.size() / 2);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<Acknowledgement> lines(CurrentUser bureau, long id) {
		return as(bureau, () -> warnings.lines(id, null, "ALL", 0, 5000));
	}

	private void acknowledge(long id, List<Acknowledgement> schools, int howMany) {
		schools.stream()
			.limit(howMany)
			.forEach(a -> as(principal(a), () -> warnings.acknowledge(id,
					new AcknowledgeWarning(List.of(1, 2, 3), Map.of(1, "已落实"), "已组织全校落实"))));
	}

	private static CurrentUser bureau(String region) {
		return new CurrentUser(0, "system", "安全干部", Role.BUREAU_SAFETY_OFFICER, DataScope.region(RegionCode.of(region)),
				null, false);
	}

	private static CurrentUser principal(Acknowledgement school) {
		return new CurrentUser(0, "system", "校长", Role.PRINCIPAL,
				DataScope.school(school.schoolId(), school.regionCode()), null, false);
	}

	private static CurrentUser system() {
		return new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false);
	}

	private static <T> T as(CurrentUser user, java.util.function.Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		return call.get();
	}

}
