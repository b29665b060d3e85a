package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.xiaoan.assessment.AddIndicator;
import cn.xiaoan.assessment.AssessmentManagement;
import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.assessment.AssessmentScores;
import cn.xiaoan.assessment.DefineScheme;
import cn.xiaoan.assessment.IndicatorKind;
import cn.xiaoan.assessment.InspectorScores;
import cn.xiaoan.assessment.Interviews;
import cn.xiaoan.assessment.OpenInterview;
import cn.xiaoan.assessment.RankedSchool;
import cn.xiaoan.assessment.Rankings;
import cn.xiaoan.assessment.ScoreItem;
import cn.xiaoan.assessment.SchemeView;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 梧州's yearly assessment scheme (the hazard ledger's two rates and the 五个凡有 items scored
 * by inspectors), 藤县's adapted copy, 藤县's schools scored this quarter and last so the
 * ranking shows movement, and one 约谈 open for the lowest school of 藤县.
 */
@Component
class DemoAssessment {

	private static final String[] FIVE = { "凡有会议必有安全事项", "凡有培训必有安全专题", "凡有项目必有安全经费", "凡有检查必有安全内容", "凡有失职必有调查问责" };

	private final AssessmentManagement schemes;

	private final InspectorScores inspectors;

	private final AssessmentScores scores;

	private final Rankings rankings;

	private final Interviews interviews;

	DemoAssessment(AssessmentManagement schemes, InspectorScores inspectors, AssessmentScores scores, Rankings rankings,
			Interviews interviews) {
		this.schemes = schemes;
		this.inspectors = inspectors;
		this.scores = scores;
		this.rankings = rankings;
		this.interviews = interviews;
	}

	void seed(List<DemoSchool> schools, LocalDate today) {
		try {
			as("450400", "梧州市教育局督学 周建华");
			long city = schemes.define(new DefineScheme(today.getYear() + "年度梧州市中小学校安全工作督导考核方案", today.getYear()));
			schemes.addIndicator(city,
					new AddIndicator("隐患整改率", IndicatorKind.HAZARD_RECTIFICATION, points(30), points(95)));
			schemes.addIndicator(city, new AddIndicator("隐患逾期率", IndicatorKind.HAZARD_OVERDUE, points(20), points(30)));
			for (String item : FIVE) {
				schemes.addIndicator(city, new AddIndicator(item, IndicatorKind.INSPECTED, points(10), null));
			}
			AssessmentPeriod now = AssessmentPeriod.quarterOf(today);
			List<DemoSchool> tengxian = schools.stream()
				.filter(s -> s.school.regionCode().startsWith("450422"))
				.limit(6)
				.toList();
			SchemeView scheme = schemes.scheme(city);
			List<SchemeView.IndicatorView> items = scheme.indicators()
				.stream()
				.filter(i -> !i.kind().computed())
				.toList();
			for (int k = 0; k < tengxian.size(); k++) {
				score(city, items, tengxian.get(k).id, now.previous(), 10 - k, "上季度督导检查记录齐全。");
				score(city, items, tengxian.get(k).id, now, 4 + k, k < 2 ? "部分会议记录未列安全事项，已现场指出。" : "资料齐全，现场查看落实到位。");
			}
			scores.compute(city, now.previous(), null);
			scores.compute(city, now, null);
			RankedSchool lowest = rankings.all(city, now, "450422")
				.stream()
				.max(Comparator.comparingLong(RankedSchool::rank))
				.orElseThrow();
			interviews.open(city,
					new OpenInterview(lowest.schoolId(), now.key(),
							"本季度考核得分全县末位：会议、培训未落实“凡有会议必有安全事项”“凡有培训必有安全专题”，逾期隐患未整改。请校长于期限前到市教育局说明情况并提交整改报告。",
							today.plusDays(14)));
			as("450422", "藤县教育局安全股");
			long county = schemes.adapt(city, today.getYear() + "年度藤县中小学校安全工作督导考核方案");
			SchemeView copy = schemes.scheme(county);
			schemes.removeIndicator(county, copy.indicators().get(copy.indicators().size() - 1).id());
			schemes.removeIndicator(county, copy.indicators().get(copy.indicators().size() - 2).id());
			schemes.addIndicator(county,
					new AddIndicator("应急演练达标率", IndicatorKind.DRILL_COMPLIANCE, points(10), points(100)));
			schemes.addIndicator(county, new AddIndicator("防溺水“六不准”教育全覆盖", IndicatorKind.INSPECTED, points(10), null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void score(long scheme, List<SchemeView.IndicatorView> items, long school, AssessmentPeriod period,
			int base, String note) {
		for (int i = 0; i < items.size(); i++) {
			int points = Math.max(2, Math.min(10, base - (i % 3)));
			inspectors.score(scheme, new ScoreItem(items.get(i).id(), school, period.key(), points(points), note), null,
					null);
		}
	}

	private static BigDecimal points(int value) {
		return BigDecimal.valueOf(value);
	}

	private static void as(String region, String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(new CurrentUser(0, "demo", name, Role.BUREAU_SAFETY_OFFICER,
				DataScope.region(RegionCode.of(region)), null, false)));
		SecurityContextHolder.setContext(context);
	}

}
