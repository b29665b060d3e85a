package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.xiaoan.liaison.AppointDeputy;
import cn.xiaoan.liaison.ClueAnswer;
import cn.xiaoan.liaison.ClueCategory;
import cn.xiaoan.liaison.ClueManagement;
import cn.xiaoan.liaison.ClueView;
import cn.xiaoan.liaison.CloseClue;
import cn.xiaoan.liaison.ClueOutcome;
import cn.xiaoan.liaison.DeputyView;
import cn.xiaoan.liaison.DutyKind;
import cn.xiaoan.liaison.ForwardClue;
import cn.xiaoan.liaison.InvolvedStudent;
import cn.xiaoan.liaison.LiaisonManagement;
import cn.xiaoan.liaison.LogDuty;
import cn.xiaoan.liaison.SaveStation;
import cn.xiaoan.liaison.StationManagement;
import cn.xiaoan.liaison.StudentPart;
import cn.xiaoan.org.Region;
import cn.xiaoan.people.PartnerAccounts;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 藤县's police-school liaison through the liaison module's API: its police stations with
 * the partner accounts {@code tx_police} (藤州派出所) and {@code tb_police} (塘步派出所) shown the
 * liaison data (the demo {@code police} account was created with the default kinds, and
 * people's API offers no change of an account's kinds outside its pages), 法治副校长 at the
 * demo school (lapsing within the month) and at some of the county's schools — the others
 * have none — and three clues of the demo school: one closed with a case filed, one the
 * police asked more about, one waiting to be acknowledged.
 */
@Component
class DemoLiaison {

	static final String POLICE = "tx_police";

	/** The police account of 塘步派出所, the other station of the demo (ADR 0057). */
	static final String OTHER_POLICE = "tb_police";

	private final LiaisonManagement liaison;

	private final ClueManagement clues;

	private final StationManagement stations;

	private final PartnerAccounts partners;

	private final PeopleBulkLoad people;

	private final DatabaseMode mode;

	DemoLiaison(LiaisonManagement liaison, ClueManagement clues, StationManagement stations, PartnerAccounts partners,
			PeopleBulkLoad people, DatabaseMode mode) {
		this.liaison = liaison;
		this.clues = clues;
		this.stations = stations;
		this.partners = partners;
		this.people = people;
		this.mode = mode;
	}

	void seed(DemoSchool demo, List<DemoSchool> schools, String passwordHash, LocalDate today) {
		if (!mode.demoEnabled()) {
			return;
		}
		people.partnerAccount(POLICE, "藤县公安局藤州派出所 梁警官", Role.POLICE_LIAISON, "450422", passwordHash,
				"SCHOOL_BASIC,POLICE_LIAISON");
		people.partnerAccount(OTHER_POLICE, "藤县公安局塘步派出所 黄警官", Role.POLICE_LIAISON, "450422", passwordHash,
				"SCHOOL_BASIC,POLICE_LIAISON");
		try {
			String region = demo.school.regionCode();
			as(new CurrentUser(0, "tx_safety", "藤县教育局安全干部", Role.BUREAU_SAFETY_OFFICER,
					DataScope.region(RegionCode.of("450422")), null, false));
			stations(demo);
			DeputyView deputy = liaison.appoint(new AppointDeputy(demo.id, "覃志军", "藤县公安局藤州派出所", "0774-7222110",
					today.minusYears(1).plusDays(20), today.plusDays(20)));
			int n = 0;
			for (DemoSchool s : schools) {
				if (s.id != demo.id && s.school.regionCode().startsWith("450422") && n++ % 2 == 0) {
					liaison.appoint(new AppointDeputy(s.id, n % 4 == 0 ? "李海涛" : "黄春燕", "藤县公安局塘步派出所",
							"0774-72" + (30000 + n), today.minusMonths(6), today.plusYears(2).minusMonths(6)));
				}
			}
			liaison.logDuty(deputy.id(), new LogDuty(today.minusMonths(2), DutyKind.LECTURE, "开学第一课：预防校园欺凌与未成年人保护法"));
			liaison.logDuty(deputy.id(), new LogDuty(today.minusDays(12), DutyKind.VISIT, "放学时段校门口护学，检查周边摊点"));

			as(new CurrentUser(0, "safety", "学校安全干部", Role.SCHOOL_SAFETY_OFFICER, DataScope.school(demo.id, region),
					null, false));
			LocalDateTime now = LocalDateTime.now(DemoHazards.BEIJING).withSecond(0).withNano(0);
			ClueView filed = clues.forward(new ForwardClue(null, ClueCategory.EXTORTION, now.minusDays(9).withHour(17),
					"学校后门小巷", "两名校外青年连续三天在放学路上拦截学生索要财物，每次二三十元。",
					List.of(new InvolvedStudent("初二", "LZ", StudentPart.VICTIM),
							new InvolvedStudent("初一", "HW", StudentPart.VICTIM)),
					"校外青年两名，约十八九岁，一人染黄发，骑黑色电动车", "BL-2026-0012"));
			ClueView asked = clues.forward(new ForwardClue(null, ClueCategory.DRUGS, now.minusDays(2).withHour(21),
					"学校附近某网吧", "有学生反映晚自习后在网吧见到有人兜售不明烟弹。", List.of(new InvolvedStudent("高一", "ZQ", StudentPart.WITNESS)),
					"", ""));
			clues.forward(new ForwardClue(null, ClueCategory.GANG, now.minusHours(3), "城东篮球场",
					"周末有校外人员以“兄弟会”名义拉拢学生入伙，要求交“会费”。", List.of(new InvolvedStudent("初三", "MJ", StudentPart.OTHER)),
					"自称“阿杰”的成年男子", ""));

			as(new CurrentUser(0, POLICE, "藤县公安局藤州派出所 梁警官", Role.POLICE_LIAISON,
					DataScope.region(RegionCode.of("450422")), null, false, Set.of(DataKind.POLICE_LIAISON)));
			clues.acknowledge(filed.id());
			clues.message(filed.id(), new ClueAnswer("已安排民警放学时段到后门巡逻，请学校提供监控截图。"));
			clues.close(filed.id(), new CloseClue(ClueOutcome.FILED, "两名嫌疑人已到案，以敲诈勒索立案侦查。"));
			clues.acknowledge(asked.id());
			clues.ask(asked.id(), new ClueAnswer("请补充网吧名称和大致时间段。"));

			// the county forwards a clue of a 塘步镇 school: it goes to 塘步派出所
			as(new CurrentUser(0, "tx_safety", "藤县教育局安全干部", Role.BUREAU_SAFETY_OFFICER,
					DataScope.region(RegionCode.of("450422")), null, false));
			schools.stream()
				.filter(s -> s.school.regionCode().equals("450422103"))
				.findFirst()
				.ifPresent(s -> clues.forward(new ForwardClue(s.id, ClueCategory.GANG_CRIME, now.minusHours(20),
						"塘步镇圩场", "有成年人在圩日组织学生替其看场子，许诺给钱。", List.of(new InvolvedStudent("八年级", "WJ", StudentPart.OTHER)),
						"圩场摊主 陈某", "")));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * 藤县's police stations: 藤州派出所 covers 藤州镇 and the county seat's first senior school
	 * (named one by one, as a county-level school has no township) with
	 * {@code tx_police}; 塘步派出所 covers 塘步镇 with {@code tb_police}; 太平派出所 covers 太平镇 with
	 * no account yet. The other county-level schools are left without a station, so the
	 * register flags them.
	 */
	private void stations(DemoSchool demo) {
		var police = partners.under("450422", Role.POLICE_LIAISON);
		Long tengzhou = police.stream().filter(a -> a.username().equals(POLICE)).findFirst().orElseThrow().id();
		Long tangbu = police.stream().filter(a -> a.username().equals(OTHER_POLICE)).findFirst().orElseThrow().id();
		stations.create(new SaveStation(null, "藤州派出所", "藤县藤州镇民主路8号", "0774-7222110", List.of("450422100"),
				List.of(demo.id), List.of(tengzhou)));
		stations.create(new SaveStation(null, "塘步派出所", "藤县塘步镇塘步街2号", "0774-7360110", List.of("450422103"), List.of(),
				List.of(tangbu)));
		stations.townships("450422")
			.stream()
			.filter(r -> r.name().equals("太平镇"))
			.map(Region::code)
			.findFirst()
			.ifPresent(code -> stations.create(
					new SaveStation(null, "太平派出所", "藤县太平镇太平街1号", "0774-7480110", List.of(code), List.of(), List.of())));
	}

	private static void as(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
