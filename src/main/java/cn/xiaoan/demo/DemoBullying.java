package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.function.Supplier;

import cn.xiaoan.bullying.BullyingCommittees;
import cn.xiaoan.bullying.BullyingKind;
import cn.xiaoan.bullying.BullyingManagement;
import cn.xiaoan.bullying.BullyingParties;
import cn.xiaoan.bullying.BullyingReports;
import cn.xiaoan.bullying.BullyingReviews;
import cn.xiaoan.bullying.DecideCase;
import cn.xiaoan.bullying.FileAppeal;
import cn.xiaoan.bullying.InformFamily;
import cn.xiaoan.bullying.LinkParty;
import cn.xiaoan.bullying.MeasureKind;
import cn.xiaoan.bullying.NoticeMethod;
import cn.xiaoan.bullying.RecordMeasure;
import cn.xiaoan.bullying.RecordStatement;
import cn.xiaoan.bullying.ReportBullying;
import cn.xiaoan.bullying.Severity;
import cn.xiaoan.bullying.Side;
import cn.xiaoan.bullying.StatementKind;
import cn.xiaoan.people.PeopleManagement;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Bullying cases in the demo, through the bullying module's API as the demo school and 藤县
 * would act: the principal names the safety officer to the committee, the county's
 * administrator names tx_safety to the bullying office; four cases — one just reported by
 * the demo student, one undecided past its deadline, one decided and under review at the
 * county (the demo parent's child is its student bullied, linked by the principal), one
 * decided, informed and closed.
 */
@Component
class DemoBullying {

	private final BullyingReports reports;

	private final BullyingManagement management;

	private final BullyingReviews reviews;

	private final BullyingCommittees committees;

	private final UserDetailsService accounts;

	private final BullyingParties parties;

	private final PeopleManagement people;

	DemoBullying(BullyingReports reports, BullyingManagement management, BullyingReviews reviews,
			BullyingCommittees committees, UserDetailsService accounts, BullyingParties parties,
			PeopleManagement people) {
		this.parties = parties;
		this.people = people;
		this.reports = reports;
		this.management = management;
		this.reviews = reviews;
		this.committees = committees;
		this.accounts = accounts;
	}

	void seed(LocalDate today) {
		try {
			as("principal", () -> {
				committees.nameToCommittee("safety");
				return null;
			});
			as("tx_admin", () -> {
				committees.nameToOffice("tx_safety");
				return null;
			});
			as("student", () -> reports.report(new ReportBullying(null, today.minusDays(1), "教学楼三楼走廊",
					"课间被同班两名男生推搡，书包被扔到楼梯口，已经是本周第二次", "", "七年级", "", "七年级", "", "", null)));
			as("teacher", () -> reports.report(new ReportBullying(null, today.minusDays(13), "学校宿舍",
					"宿舍同学反映有学生长期被要求替别人打水、洗衣服，不从就被孤立", "黄小燕", "八年级", "莫丽、陈晓婷", "八年级", "", "", today.minusDays(12))));
			long review = as("safety", () -> reports.report(new ReportBullying(null, today.minusDays(21), "班级微信群",
					"在班级群里多次发侮辱性图片和绰号，嘲笑同学的外貌", "李嘉怡", "九年级", "覃志强", "九年级", "", "", today.minusDays(20))));
			as("safety", () -> {
				management.recordStatement(review,
						new RecordStatement(StatementKind.VICTIM, "李嘉怡", "从上个月开始，覃志强在群里发我的照片配侮辱性文字，好几个人跟着起哄。"));
				management.recordStatement(review,
						new RecordStatement(StatementKind.ACTOR, "覃志强", "我只是开玩笑，没想到她会这么难过。"));
				management.recordStatement(review,
						new RecordStatement(StatementKind.WITNESS, "班长 梁文静", "群里确实有这些图片，持续了三周左右。"));
				return null;
			});
			as("principal", () -> {
				management.decide(review, new DecideCase(true, BullyingKind.ONLINE, Severity.GENERAL,
						"多次在网络群组中以侮辱性图片和绰号贬损同学人格，持续三周，构成网络欺凌，情节一般。"));
				management.recordMeasure(review, new RecordMeasure(MeasureKind.EDUCATION, "班主任和法治副校长进行批评教育"));
				management.recordMeasure(review, new RecordMeasure(MeasureKind.WARNING, "给予警告处分"));
				management.recordMeasure(review,
						new RecordMeasure(MeasureKind.PSYCHOLOGICAL_SUPPORT, "心理老师每周一次谈心，持续一个月"));
				management.informFamily(review,
						new InformFamily(Side.VICTIM, today.minusDays(4), NoticeMethod.IN_PERSON));
				management.informFamily(review, new InformFamily(Side.ACTOR, today.minusDays(4), NoticeMethod.PHONE));
				return null;
			});
			// the demo parent's child is the student bullied: the parent follows the case
			// from their own account
			long child = as("parent", () -> people.myStudents().get(0).student().id());
			as("principal", () -> parties.link(review,
					new LinkParty(Side.VICTIM, people.student(child).student().studentNo())));
			as("tx_safety", () -> {
				reviews.fileAppeal(review, new FileAppeal(Side.ACTOR, today.minusDays(2), "家长认为是同学间玩笑，警告处分过重，申请复查。"));
				return null;
			});
			long closed = as("headteacher", () -> reports.report(new ReportBullying(null, today.minusDays(41), "操场",
					"体育课后两名同学发生争执并互相推搡", "韦俊杰", "七年级", "蒙家豪", "七年级", "", "", today.minusDays(40))));
			as("principal", () -> {
				management.decide(closed,
						new DecideCase(false, null, null, "双方系偶发冲突、力量相当，无持续性和恃强凌弱情形，不构成欺凌，按一般违纪批评教育。"));
				management.recordMeasure(closed, new RecordMeasure(MeasureKind.EDUCATION, "班主任对双方批评教育，双方互相道歉"));
				management.informFamily(closed, new InformFamily(Side.VICTIM, today.minusDays(30), NoticeMethod.PHONE));
				management.informFamily(closed, new InformFamily(Side.ACTOR, today.minusDays(30), NoticeMethod.PHONE));
				management.close(closed);
				return null;
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
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
