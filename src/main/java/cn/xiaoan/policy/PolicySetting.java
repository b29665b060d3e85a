package cn.xiaoan.policy;

/** The settings of the platform with their national default and its basis. */
public enum PolicySetting {

	// Guard staffing, 公治〔2015〕168号 (DOMAIN.md §7). N = teachers + students, B = boarders.
	GUARD_SMALL_SCHOOL_BELOW(Type.INTEGER, "100", "公治〔2015〕168号"),
	GUARD_SMALL_SCHOOL_COUNT(Type.INTEGER, "1", "公治〔2015〕168号"),
	GUARD_MEDIUM_SCHOOL_UP_TO(Type.INTEGER, "1000", "公治〔2015〕168号"),
	GUARD_MEDIUM_SCHOOL_COUNT(Type.INTEGER, "2", "公治〔2015〕168号"),
	GUARD_EXTRA_PER_PEOPLE(Type.INTEGER, "500", "公治〔2015〕168号"),
	GUARD_BOARDING_MINIMUM(Type.INTEGER, "2", "公治〔2015〕168号"),
	GUARD_BOARDING_FIRST_BOARDERS(Type.INTEGER, "300", "公治〔2015〕168号"),
	GUARD_BOARDING_EXTRA_PER_BOARDERS(Type.INTEGER, "300", "公治〔2015〕168号"),
	// "三个100%": full-time guards, closed management, one-button alarm and video
	// surveillance.
	REQUIRE_FULL_TIME_GUARDS(Type.BOOLEAN, "true", "三个100%"), REQUIRE_CLOSED_MANAGEMENT(Type.BOOLEAN, "true", "三个100%"),
	REQUIRE_ONE_BUTTON_ALARM(Type.BOOLEAN, "true", "三个100%"),

	VIDEO_RETENTION_MIN_DAYS(Type.INTEGER, "30", "三个100%"),

	// Risk grading (DOMAIN.md §3.1): LEC D = L × E × C, LS R = L × S.
	RISK_LEC_MAJOR_ABOVE(Type.INTEGER, "320", "LEC法（作业条件危险性评价法）"),

	RISK_LEC_LARGER_ABOVE(Type.INTEGER, "160", "LEC法（作业条件危险性评价法）"),

	RISK_LEC_GENERAL_ABOVE(Type.INTEGER, "70", "LEC法（作业条件危险性评价法）"),

	RISK_LS_MAJOR_FROM(Type.INTEGER, "20", "LS风险矩阵法"),

	RISK_LS_LARGER_FROM(Type.INTEGER, "15", "LS风险矩阵法"),

	RISK_LS_GENERAL_FROM(Type.INTEGER, "9", "LS风险矩阵法"),

	RISK_REVIEW_INTERVAL_DAYS(Type.INTEGER, "180", "每学期至少复评一次"),

	// Hazard governance (DOMAIN.md §3.2).
	HAZARD_GENERAL_DEADLINE_DAYS(Type.INTEGER, "7", "一般隐患立即整改"),

	HAZARD_MAJOR_DEADLINE_DAYS(Type.INTEGER, "30", "重大隐患限期整改"),

	HAZARD_ACCEPTANCE_WITHIN_DAYS(Type.INTEGER, "10", "挂牌督办：整改期满后10日内验收"),

	HAZARD_ESCALATE_AFTER_OVERDUE_DAYS(Type.INTEGER, "1", "逾期隐患逐级上报"),

	// School calendar (校历): the first semester runs from the start of the school year to
	// the spring semester, holidays included, so every day belongs to one semester.
	SCHOOL_YEAR_STARTS(Type.MONTH_DAY, "09-01", "中小学校历：秋季学期9月1日开学"),

	SPRING_SEMESTER_STARTS(Type.MONTH_DAY, "03-01", "中小学校历：春季学期3月初开学"),

	// Inspection (DOMAIN.md §3.2): days a bureau's spot check (网上巡查) stays open.
	SPOT_CHECK_WINDOW_DAYS(Type.INTEGER, "7", "网上巡查限期完成"),

	// Safety education (DOMAIN.md §4).
	EDUCATION_QUIZ_PASS_PERCENT(Type.INTEGER, "60", "学校安全教育平台测试合格线"),

	EDUCATION_QUIZ_RETAKES(Type.INTEGER, "2", "安全作业未合格可重测次数"),

	// Hazard escalation (DOMAIN.md §3.2). HAZARD_ESCALATE_AFTER_OVERDUE_DAYS is the grace
	// before the first rise; each further level waits one period, the ten days a
	// supervising bureau has for acceptance, so each bureau can act before the one above
	// hears of it. The top is the city: the county or city supervises major hazards; the
	// province learns of the rest from the ledger.
	HAZARD_ESCALATION_PERIOD_DAYS(Type.INTEGER, "10", "逾期隐患逐级上报，每逾期一个周期上升一级；周期同督办验收时限（整改期满后10日内），使每级有处置时间"),

	HAZARD_ESCALATION_TOP_LEVEL(Type.REGION_LEVEL, "CITY", "重大隐患由县级挂牌督办、较重者由市级督办（DOMAIN.md §3.2）；逾期上报至市级为止，省级经台账统计掌握"),

	// "三个100%" includes the alarm and video being connected to the police.
	REQUIRE_POLICE_LINK(Type.BOOLEAN, "true", "三个100%：一键式紧急报警、视频监控系统与公安机关联网"),

	// Sessions: idle sign-out for every role.
	SESSION_IDLE_MINUTES(Type.INTEGER, "30", "等保2.0 三级 会话超时"),

	// Administrators' passwords (system and bureau administrators, who can reset everyone
	// else's) expire: the next sign-in after this many days must set a new one.
	ADMIN_PASSWORD_MAX_AGE_DAYS(Type.INTEGER, "90", "等保2.0 三级 身份鉴别：口令定期更换（GB/T 22239-2019 8.1.4.1）"),
	// Abuse bounds (issue 9, ADR 0018). Import problems point at rows of children's data:
	// kept only while a school corrects its file (PIPL Art. 19, 最短保存期限).
	IMPORT_JOB_RETENTION_DAYS(Type.INTEGER, "30", "《个人信息保护法》第十九条：保存期限为实现处理目的所必要的最短时间"),
	// One reminder per homework (or campaign school) per person within this many hours.
	REMINDER_MIN_INTERVAL_HOURS(Type.INTEGER, "12", "防止重复催办打扰学生和家长"),
	// A rectification deadline (grading, 五落实 plan, 挂牌督办) lies at most this many days
	// after the hazard was found, so every hazard comes due and escalates.
	HAZARD_GENERAL_DEADLINE_MAX_DAYS(Type.INTEGER, "30", "一般隐患立即整改，整改期限不宜过长"),
	HAZARD_MAJOR_DEADLINE_MAX_DAYS(Type.INTEGER, "180", "重大隐患限期整改，期限须明确，逾期逐级上报"),
	// Audit records kept at least six months (网络安全法 第二十一条; 等保2.0 三级 安全审计);
	// the installation keeps the longest value in force in any region.
	AUDIT_RETENTION_MONTHS(Type.INTEGER, "6", "《网络安全法》第二十一条：网络日志留存不少于六个月"),
	// Personal data of a student who left (graduated, transferred out, dropped out) is
	// anonymised this many years after leaving (ADR 0014): PIPL Art. 19 asks for the
	// shortest period necessary; three years covers the general limitation period of a
	// claim arising at school (民法典 Art. 188), e.g. under student accident insurance.
	STUDENT_RETENTION_YEARS_AFTER_LEAVING(Type.INTEGER, "3", "《个人信息保护法》第十九条 保存期限为实现处理目的所必要的最短时间；《民法典》第一百八十八条 诉讼时效三年"),
	// emergency (DOMAIN.md §7, issue 12): drill frequency and evacuation time, plan
	// review, reminders.
	DRILL_MIN_PER_MONTH(Type.INTEGER, "1", "中小学校每月至少开展1次应急疏散演练"),
	DRILL_MIN_PER_QUARTER_KINDERGARTEN(Type.INTEGER, "1", "幼儿园每季度至少开展1次应急疏散演练"),
	DRILL_EVACUATION_MAX_STOREYS(Type.INTEGER, "4", "4层及以下建筑应在2分钟内完成疏散（中小学幼儿园应急疏散演练指南）"),
	DRILL_EVACUATION_MAX_SECONDS(Type.INTEGER, "120", "4层及以下建筑应在2分钟内完成疏散（中小学幼儿园应急疏散演练指南）"),
	DRILL_REMINDER_DAYS_BEFORE_END(Type.INTEGER, "5", "月（季）末前提醒尚未演练的学校"),
	EMERGENCY_PLAN_REVIEW_DAYS(Type.INTEGER, "365", "应急预案至少每年评估修订一次（生产安全事故应急预案管理办法）"),

	// warning: an early warning not acknowledged (签收) within this many minutes is chased
	// (inbox to the school's principal and safety officer) and escalated to its county.
	// Orange and red warnings are urgent (1 h), blue and yellow ones give a working day.
	WARNING_CHASE_URGENT_MINUTES(Type.INTEGER, "60", "橙色、红色预警须立即响应，1小时内未签收即催办并报县级教育行政部门"),
	WARNING_CHASE_MINUTES(Type.INTEGER, "1440", "蓝色、黄色预警24小时内签收，逾期催办并报县级教育行政部门"),

	// meeting: each township (乡镇、街道) holds a school-safety meeting at least this often a
	// quarter, the county's (or city's) risk-control joint meeting at least this often a
	// year, and townships still short are reminded this many days before the quarter
	// ends.
	MEETING_TOWNSHIP_PER_QUARTER(Type.INTEGER, "1", "国办发〔2017〕35号：各乡（镇、街道）每季度至少召开一次校园安全工作会议"),
	MEETING_JOINT_PER_YEAR(Type.INTEGER, "2", "国办发〔2017〕35号：建立学校安全风险防控联席会议制度，定期研判学校及周边安全形势"),
	MEETING_REMIND_DAYS_BEFORE_QUARTER_END(Type.INTEGER, "15", "季度例会在季度结束前提醒，留出召开时间"),

	// care (一岗双带, ADR 0029): days between follow-ups of a student at risk, per flag.
	// Weekly to fortnightly
	// contact for psychological and behavioural risks (中小学心理健康教育指导纲要;
	// 教育部等十七部门《全面加强和改进新时代学生
	// 心理健康工作专项行动计划》); monthly for the others (国发〔2016〕13号 农村留守儿童关爱保护; 资助、随班就读的定期家访).
	CARE_FOLLOW_UP_DAYS_LEFT_BEHIND(Type.INTEGER, "30", "国发〔2016〕13号：农村留守儿童关爱保护，定期家访、谈心"),
	CARE_FOLLOW_UP_DAYS_SINGLE_PARENT(Type.INTEGER, "30", "一岗双带：结对关爱，每月至少一次谈心或家访"),
	CARE_FOLLOW_UP_DAYS_PSYCHOLOGICAL(Type.INTEGER, "14", "《中小学心理健康教育指导纲要》；学生心理健康专项行动计划：重点学生动态跟踪"),
	CARE_FOLLOW_UP_DAYS_FINANCIAL(Type.INTEGER, "30", "学生资助：家庭经济困难学生定期走访"),
	CARE_FOLLOW_UP_DAYS_DISABILITY(Type.INTEGER, "30", "《残疾人教育条例》：随班就读学生个别化关爱"),
	CARE_FOLLOW_UP_DAYS_ACADEMIC(Type.INTEGER, "30", "一岗双带：学业困难学生每月跟踪"),
	CARE_FOLLOW_UP_DAYS_BEHAVIOUR(Type.INTEGER, "14", "《中小学教育惩戒规则（试行）》：行为偏差学生及时跟进帮扶"),

	// opinion (突发事件舆情联动, ADR 0028): for a major or especially major event the
	// authoritative information is out within 5 hours and a press conference held
	// within 24 hours of its occurrence (国办发〔2016〕61号); an overdue task reaches the
	// bureau above after the grace.
	OPINION_FIRST_RELEASE_HOURS(Type.INTEGER, "5", "国办发〔2016〕61号：特别重大、重大突发事件最迟5小时内发布权威信息"),
	OPINION_PRESS_CONFERENCE_HOURS(Type.INTEGER, "24", "国办发〔2016〕61号：特别重大、重大突发事件24小时内举行新闻发布会"),
	OPINION_TASK_ESCALATE_AFTER_HOURS(Type.INTEGER, "4", "舆情处置任务逾期逐级上报（参照逾期隐患逐级上报）"),

	// accident (DOMAIN.md §7, ADR 0031): report up the chain within these hours of the
	// occurrence (较大 and above are serious); tell the insurer (校方责任险) within 24 h;
	// the policy's caps in 10,000 yuan (万元) per student, per accident and per school
	// year.
	ACCIDENT_REPORT_SERIOUS_HOURS(Type.INTEGER, "2", "教育系统安全事故信息报送：较大及以上事故2小时内逐级上报"),
	ACCIDENT_REPORT_GENERAL_HOURS(Type.INTEGER, "24", "教育系统安全事故信息报送：一般事故24小时内上报"),
	ACCIDENT_INSURER_HOURS(Type.INTEGER, "24", "校方责任保险条款：事故发生后24小时内通知保险人"),
	ACCIDENT_CLAIM_CAP_STUDENT_WAN(Type.INTEGER, "30", "校方责任保险：每人赔偿限额30万元"),
	ACCIDENT_CLAIM_CAP_ACCIDENT_WAN(Type.INTEGER, "150", "校方责任保险：每次事故赔偿限额150万元"),
	ACCIDENT_CLAIM_CAP_YEAR_WAN(Type.INTEGER, "450", "校方责任保险：每学年累计赔偿限额450万元"),

	// bullying (学生欺凌, ADR 0036): the committee decides within 10 days of the report
	// (教督〔2017〕10号); a party may ask the county for review within 7 days of being
	// informed, answered within 15 days; the students are followed up after a week, a
	// month and three months (未成年人学校保护规定 第二十三条: 持续关注、心理辅导).
	BULLYING_DECISION_DAYS(Type.INTEGER, "10", "教督〔2017〕10号：学校学生欺凌治理委员会原则上在10日内完成调查并作出认定"),
	BULLYING_APPEAL_DAYS(Type.INTEGER, "7", "教督〔2017〕10号：涉事学生家长对处理结果有异议的，可向县级防治学生欺凌工作部门申请复查（默认7日内）"),
	BULLYING_REVIEW_DAYS(Type.INTEGER, "15", "教督〔2017〕10号：县级防治学生欺凌工作部门接到复查申请后15日内作出复查认定"),
	BULLYING_FOLLOW_UP_FIRST_DAYS(Type.INTEGER, "7", "未成年人学校保护规定第二十三条：对被欺凌学生及时心理辅导、持续跟踪（一周回访）"),
	BULLYING_FOLLOW_UP_SECOND_DAYS(Type.INTEGER, "30", "未成年人学校保护规定第二十三条：持续跟踪教育（一个月回访）"),
	BULLYING_FOLLOW_UP_THIRD_DAYS(Type.INTEGER, "90", "未成年人学校保护规定第二十三条：持续跟踪教育（三个月回访）"),
	// School buses (校车安全管理条例, 国务院令第617号 第十五条): the permit's working-day clock, and how
	// far ahead an expiring permit, inspection, insurance, licence or driver review is
	// announced.
	SCHOOLBUS_FORWARD_WORKING_DAYS(Type.INTEGER, "3", "《校车安全管理条例》第十五条：教育行政部门收到申请之日起3个工作日内分别送同级公安机关交通管理部门和交通运输部门征求意见"),
	SCHOOLBUS_ANSWER_WORKING_DAYS(Type.INTEGER, "3", "《校车安全管理条例》第十五条：公安机关交通管理部门和交通运输部门在3个工作日内回复意见"),
	SCHOOLBUS_OPINION_WORKING_DAYS(Type.INTEGER, "5", "《校车安全管理条例》第十五条：教育行政部门收到回复意见之日起5个工作日内提出审查意见，报本级人民政府"),
	SCHOOLBUS_EXPIRY_FIRST_ALERT_DAYS(Type.INTEGER, "30", "校车标牌、安全技术检验、承运人责任保险、驾驶人审验到期前提前提醒（首次）"),
	SCHOOLBUS_EXPIRY_SECOND_ALERT_DAYS(Type.INTEGER, "7", "校车标牌、安全技术检验、承运人责任保险、驾驶人审验到期前提前提醒（再次）"),
	// Campus surroundings (ADR 0040): the protected zone around a school's gate, how far
	// around a venue schools are listed, and the deadline of a department's case.
	SURROUNDINGS_PROTECTED_RADIUS_M(Type.INTEGER, "200",
			"《互联网上网服务营业场所管理条例》第九条：中学、小学校园周围200米范围内不得设立互联网上网服务营业场所；《未成年人保护法》第五十八条：学校、幼儿园周边不得设置营业性娱乐场所、酒吧、互联网上网服务营业场所"),
	SURROUNDINGS_NEARBY_RADIUS_M(Type.INTEGER, "1000", "校园周边综合治理：登记场所周边一千米内的学校及其距离"),
	SURROUNDINGS_CASE_DAYS(Type.INTEGER, "30", "《中小学幼儿园安全管理办法》第五十二条：文化、工商（市场监管）等部门依法查处学校周边违规场所，默认30日内办结"),
	// Police-school liaison (警校联动, ADR 0041): how soon the police acknowledge a
	// forwarded clue, and how far ahead a 法治副校长's appointment is announced to lapse.
	LIAISON_CLUE_ACKNOWLEDGE_HOURS(Type.INTEGER, "24", "警校联动：学校移送公安机关的涉校线索，公安机关应及时签收（默认24小时内）"),
	LIAISON_DEPUTY_EXPIRY_ALERT_DAYS(Type.INTEGER, "30", "《中小学法治副校长聘任与管理办法》：法治副校长聘期届满前提前提醒续聘或改聘（默认30天）"),
	// Off-campus training institutions (校外培训机构, ADR 0042): an inspection that finds
	// faults
	// sets a rectification deadline, 30 days unless the inspector names another.
	INSTITUTIONS_RECTIFY_DAYS(Type.INTEGER, "30", "国办发〔2018〕80号：对存在问题的校外培训机构责令限期整改（默认30日）"),
	// Staff rescue-skill trainings (waters, ADR 0039): from the reminder day until the
	// summer holiday a school whose share of staff trained is under the minimum has a
	// to-do.
	WATERS_STAFF_TRAINED_MIN_PERCENT(Type.INTEGER, "30", "防溺水工作要求：教职工掌握基本救援技能，暑假前组织培训（默认不低于30%）"),
	WATERS_TRAINING_REMIND_FROM(Type.MONTH_DAY, "06-01", "暑假前防溺水专项工作部署（默认6月1日起提醒）"),
	WATERS_SUMMER_HOLIDAY_FROM(Type.MONTH_DAY, "07-15", "中小学校历：暑假一般7月中旬开始");

	public enum Type {

		INTEGER, BOOLEAN,
		/** A day of the year, {@code MM-dd} ("09-01"), e.g. a semester boundary. */
		MONTH_DAY,
		/** A level of the region tree: TOWNSHIP, COUNTY, CITY or PROVINCE. */
		REGION_LEVEL

	}

	private final Type type;

	private final String nationalDefault;

	private final String nationalBasis;

	PolicySetting(Type type, String nationalDefault, String nationalBasis) {
		this.type = type;
		this.nationalDefault = nationalDefault;
		this.nationalBasis = nationalBasis;
	}

	public Type type() {
		return type;
	}

	public String nationalDefault() {
		return nationalDefault;
	}

	public String nationalBasis() {
		return nationalBasis;
	}

	public String messageKey() {
		return "policy." + name();
	}

	/** Why a value is not acceptable for this setting, or null. */
	String problem(String value) {
		if (value == null) {
			return "policy.value.invalid";
		}
		return switch (type) {
			case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "policy.value.boolean";
			case INTEGER -> value.matches("\\d{1,6}") && Integer.parseInt(value) >= 1 ? null : "policy.value.integer";
			case MONTH_DAY -> isMonthDay(value) ? null : "policy.value.monthday";
			case REGION_LEVEL -> value.matches("TOWNSHIP|COUNTY|CITY|PROVINCE") ? null : "policy.value.level";
		};
	}

	private static boolean isMonthDay(String value) {
		try {
			java.time.MonthDay.parse("--" + value);
			return value.matches("\\d{2}-\\d{2}");
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

}
