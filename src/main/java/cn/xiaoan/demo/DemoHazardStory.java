package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.bulk.HazardStory;
import cn.xiaoan.hazard.bulk.HazardStory.Act;
import cn.xiaoan.hazard.bulk.HazardStory.Step;

/**
 * One generated hazard told as the steps its school (and bureau) took, each a little after
 * the one before; the hazard module plays them through its rules.
 */
/** One hazard's steps, each a little after the one before. */
final class DemoHazardStory {

	/**
	 * The people of a school who act on its hazards: no account, told apart by number.
	 */
	private static final long OFFICE = -1;

	private static final long RECTIFIER = -2;

	private static final long VERIFIER = -3;

	private static final long BUREAU = -4;

	private final long schoolId;

	private final String regionCode;

	private final DemoHazards.Kind kind;

	private final HazardSource source;

	private final List<Step> steps = new ArrayList<>();

	private OffsetDateTime found;

	private OffsetDateTime at;

	private LocalDate supervisedUntil;

	DemoHazardStory(long schoolId, String regionCode, DemoHazards.Kind kind, HazardSource source) {
		this.schoolId = schoolId;
		this.regionCode = regionCode;
		this.kind = kind;
		this.source = source;
	}

	void found(OffsetDateTime when) {
		found = when.withMinute(when.getMinute() / 5 * 5).withSecond(0).withNano(0);
		at = found;
	}

	void foundDaysAgo(OffsetDateTime now, int days, Random random) {
		LocalDate day = now.atZoneSameInstant(DemoHazards.BEIJING).toLocalDate().minusDays(days);
		found(day.atTime(8 + random.nextInt(8), random.nextInt(12) * 5).atOffset(DemoHazards.BEIJING));
	}

	/** Closed within its deadline: fixed on the spot, or the whole way to 销号. */
	void closed(OffsetDateTime now, Random random, boolean onTheSpot, int daysAgo) {
		boolean major = kind.grade() == HazardGrade.MAJOR;
		foundDaysAgo(now, daysAgo, random);
		if (onTheSpot) {
			step(Act.SPOTFIX, 1, RECTIFIER, "总务处", "现场整改完毕");
			return;
		}
		registeredAndGraded(random);
		planned(random);
		step(Act.START, 1, RECTIFIER, "总务处", "");
		int work = major ? 5 + random.nextInt(20) : 1 + random.nextInt(5);
		step(Act.COMPLETE, work * 24, RECTIFIER, "总务处", "已按措施整改");
		step(Act.VERIFY, 20 + random.nextInt(10), VERIFIER, "分管副校长", "现场查验合格");
		step(Act.CLOSE, 2, OFFICE, "学校安全办", "");
	}

	/** A major hazard graded and waiting for its plan, or in 整改 with it. */
	void majorUnderWay(OffsetDateTime now, Random random, boolean started) {
		foundDaysAgo(now, 3 + random.nextInt(20), random);
		registeredAndGraded(random);
		if (started) {
			planned(random);
			step(Act.START, 2, RECTIFIER, "总务处", "");
		}
	}

	/**
	 * A general hazard in 整改 ({@code stage} 0–2), reported done (3), or sent back once
	 * (4).
	 */
	void generalUnderWay(OffsetDateTime now, Random random, int stage) {
		foundDaysAgo(now, 3 + random.nextInt(4), random);
		registeredAndGraded(random);
		planned(random);
		step(Act.START, 1, RECTIFIER, "总务处", "");
		if (stage >= 3) {
			step(Act.COMPLETE, 20, RECTIFIER, "总务处", "已按措施整改");
		}
		if (stage == 4) {
			step(Act.REJECT, 3, VERIFIER, "分管副校长", "整改不到位，请重新处理");
		}
	}

	/** In 整改 and past its deadline: the escalation rules take it up. */
	void overdue(OffsetDateTime now, Random random) {
		foundDaysAgo(now, 10 + random.nextInt(16), random);
		registeredAndGraded(random);
		planned(random);
		step(Act.START, 1, RECTIFIER, "总务处", "");
	}

	/**
	 * 挂牌督办 by the county bureau with a 限期整改通知: in 整改, or (when {@code accepted}) accepted
	 * on site by the bureau.
	 */
	void supervised(OffsetDateTime now, Random random, boolean accepted, String bureauRegion, String bureau) {
		foundDaysAgo(now, accepted ? 35 + random.nextInt(10) : 6 + random.nextInt(8), random);
		registeredAndGraded(random);
		supervisedUntil = day(at).plusDays(25);
		step(Step.supervise(next(20), BUREAU, bureau, bureauRegion, supervisedUntil));
		planned(random);
		step(Act.START, 1, RECTIFIER, "总务处", "");
		if (accepted) {
			step(Act.COMPLETE, 20 * 24, RECTIFIER, "总务处", "已按督办通知整改，申请验收");
			step(Act.ACCEPT, 3 * 24, BUREAU, bureau, "现场验收合格");
		}
	}

	private void registeredAndGraded(Random random) {
		step(Act.REGISTER, 1 + random.nextInt(3), OFFICE, "学校安全办", "");
		int days = kind.grade() == HazardGrade.MAJOR ? 30 : 7;
		OffsetDateTime when = next(2 + random.nextInt(4));
		step(Step.grade(when, OFFICE, "学校安全办", kind.grade(), day(found).plusDays(days)));
	}

	private void planned(Random random) {
		boolean major = kind.grade() == HazardGrade.MAJOR;
		OffsetDateTime when = next(1 + random.nextInt(3));
		LocalDate deadline = day(found).plusDays(major ? 28 : 6);
		// the school plans to finish within the supervision's deadline
		deadline = supervisedUntil != null && supervisedUntil.isBefore(deadline) ? supervisedUntil : deadline;
		step(Step.plan(when, OFFICE, "学校安全办",
				new HazardStory.Plan(major ? "分管副校长" : "总务处主任", kind.measures(),
						BigDecimal.valueOf(major ? 20_000 + random.nextInt(60) * 1000 : 200 + random.nextInt(20) * 50),
						deadline.isBefore(day(when)) ? day(when) : deadline, "整改完成前设置警示标志，专人看护，必要时停用相关区域")));
	}

	private void step(Act act, int hoursLater, long by, String byName, String note) {
		step(Step.of(act, next(hoursLater), by, byName).noted(note));
	}

	private void step(Step step) {
		steps.add(step);
		at = step.at();
	}

	private OffsetDateTime next(int hoursLater) {
		return at.plusHours(hoursLater);
	}

	private static LocalDate day(OffsetDateTime time) {
		return time.atZoneSameInstant(DemoHazards.BEIJING).toLocalDate();
	}

	HazardStory told() {
		return new HazardStory(schoolId, regionCode, kind.title(), kind.location(), kind.category(), source,
				kind.grade(), "学校安全办", found, steps);
	}

}
