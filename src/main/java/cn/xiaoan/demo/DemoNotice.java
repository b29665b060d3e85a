package cn.xiaoan.demo;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeReceipts;
import cn.xiaoan.notice.ReadFilter;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.notice.UnitLine;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ChineseFont;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Notices of the demo, through the notice module's API: 藤县's bureau tells its schools'
 * leaders about winter fire safety (a PDF attached, read receipt by a deadline), which a
 * third of the schools have read — not the demo school, whose principal finds it in 待办;
 * and the demo school's principal tells the parents of one class about 防溺水 over the
 * holiday, which the demo parent has read.
 */
@Component
class DemoNotice {

	private final NoticeManagement notices;

	private final NoticeReceipts receipts;

	private final PeopleManagement people;

	private final UserDetailsService accounts;

	private final DatabaseMode mode;

	DemoNotice(NoticeManagement notices, NoticeReceipts receipts, PeopleManagement people, UserDetailsService accounts,
			DatabaseMode mode) {
		this.notices = notices;
		this.receipts = receipts;
		this.people = people;
		this.accounts = accounts;
		this.mode = mode;
	}

	void seed(long demoSchool) {
		if (!mode.demoEnabled()) {
			return;
		}
		try {
			long fire = as(account("tx_safety"), () -> notices
				.send(new SendNotice(NoticeCategory.NOTICE, "关于做好冬季校园消防安全工作的通知",
						"各乡镇中心校、县直各学校：\n\n入冬以来气候干燥，用火用电增多，校园火灾风险上升。请各校：\n" + "一、开展一次消防安全隐患全面排查，重点检查宿舍、食堂、实验室用电用气；\n"
								+ "二、检查灭火器、消防栓、应急照明和疏散指示标志，确保完好有效；\n" + "三、组织一次以火灾疏散为主题的应急演练；\n"
								+ "四、于本月底前将排查整改情况报县教育局安全股。\n\n附件：冬季校园消防安全检查表",
						true, LocalDateTime.now().plusDays(3).withNano(0), StaffAudience.LEADERS, null, null, null,
						false, null, false, false, true),
						List.of(new SendNotice.Attachment("冬季校园消防安全检查表.pdf", checklist())))
				.id());
			List<UnitLine> schools = as(account("tx_safety"),
					() -> receipts.units(fire, null, ReadFilter.ALL, 0, 5000));
			schools.stream()
				.filter(u -> u.kind() == 'S' && Long.parseLong(u.ref()) != demoSchool)
				.limit(Math.max(1, schools.size() / 3))
				.forEach(u -> as(principalOf(u), () -> notices.open(fire)));
			CurrentUser parent = account("parent");
			Long classId = as(parent,
					() -> people.myStudents()
						.stream()
						.map(s -> s.schoolClass())
						.findFirst()
						.map(c -> c.id())
						.orElse(null));
			if (classId == null) {
				return;
			}
			long drowning = as(account("principal"),
					() -> notices
						.send(new SendNotice(NoticeCategory.NOTICE, "寒假防溺水安全告家长书",
								"尊敬的家长：\n\n寒假将至，为保障孩子假期安全，请您做到：\n1. 不让孩子私自下河、下塘游泳或滑冰；\n"
										+ "2. 不让孩子在无成人带领的情况下到水边玩耍；\n3. 发现有人落水，教育孩子立即呼救、拨打110，不要盲目施救。\n\n请阅读后点击确认，谢谢配合！",
								true, LocalDateTime.now().plusDays(5).withNano(0), StaffAudience.NONE, null, null, null,
								false, List.of(classId), false, true, true), List.of())
						.id());
			as(parent, () -> notices.open(drowning));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private CurrentUser account(String username) {
		return ((Callers.CurrentUserHolder) accounts.loadUserByUsername(username)).currentUser();
	}

	/** A stand-in reader at a school without accounts in the demo. */
	private static CurrentUser principalOf(UnitLine school) {
		long id = Long.parseLong(school.ref());
		return new CurrentUser(-id, "demo-principal-" + id, "校长", Role.PRINCIPAL,
				DataScope.school(id, school.regionCode()), null, false);
	}

	private static byte[] checklist() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.open();
		Font font = new Font(ChineseFont.create(), 12);
		for (String line : List.of("冬季校园消防安全检查表", "1. 宿舍是否存在私拉乱接电线、使用大功率电器", "2. 灭火器是否在有效期内、压力正常",
				"3. 疏散通道是否畅通，安全出口是否上锁", "4. 应急照明和疏散指示标志是否完好", "5. 食堂燃气管道、阀门是否定期检查")) {
			document.add(new Paragraph(line, font));
		}
		document.close();
		return out.toByteArray();
	}

	private static <T> T as(CurrentUser user, Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		return call.get();
	}

}
