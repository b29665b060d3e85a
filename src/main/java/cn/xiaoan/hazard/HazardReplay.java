package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.hazard.bulk.HazardStory;
import cn.xiaoan.hazard.bulk.HazardStory.Line;
import cn.xiaoan.hazard.bulk.HazardStory.Listing;
import cn.xiaoan.hazard.bulk.HazardStory.Step;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.RegionCode;

/**
 * Plays a generated {@link HazardStory} through the {@link Hazard} aggregate in memory,
 * step by step at the step's own moment, with the national policy defaults (deadlines,
 * acceptance within days, escalation), and writes down the history as
 * {@link HazardManagement} and {@link HazardSupervision} would have. Overdue days between
 * the steps escalate as the job would have. A step the rules refuse, or out of time
 * order, throws: generated data cannot contradict the lifecycle. Writes nothing.
 */
public final class HazardReplay {

	/** Deadlines and dates of the ledger are Beijing days. */
	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	private final HazardStory story;

	private final Hazard hazard;

	private final OffsetDateTime now;

	private final List<Line> history = new ArrayList<>();

	private final List<Line> escalations = new ArrayList<>();

	private OffsetDateTime last;

	private LocalDate escalatedThrough;

	private OffsetDateTime rectifiedAt;

	private Step planStep;

	private Listing listing;

	private HazardReplay(long id, HazardStory story, OffsetDateTime now) {
		this.story = story;
		this.now = now;
		LocalDate found = day(story.foundAt());
		this.hazard = new Hazard(id, story.schoolId(), story.regionCode(), story.title(), story.category(),
				story.suggestedGrade(), HazardStatus.REPORTED, null,
				found.plusDays(days(story.suggestedGrade() == HazardGrade.MAJOR
						? PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS : PolicySetting.HAZARD_GENERAL_DEADLINE_DAYS)),
				null, 0, null, EscalationLevel.SCHOOL, null);
		this.last = story.foundAt();
		this.escalatedThrough = found;
	}

	/**
	 * The hazard numbered {@code id} after its story, as of {@code now}; refuses a story
	 * that breaks a rule or reaches beyond {@code now}.
	 */
	public static HazardStory.Played play(long id, HazardStory story, OffsetDateTime now) {
		if (story.foundAt().isAfter(now)) {
			throw new IllegalArgumentException("found after now: " + story.title());
		}
		HazardReplay replay = new HazardReplay(id, story, now);
		replay.line(null, HazardStatus.REPORTED, null, story.foundByName(), story.foundAt(), story.title(), null,
				List.of());
		for (Step step : story.steps()) {
			replay.take(step);
		}
		replay.escalateBefore(day(now));
		Hazard h = replay.hazard;
		return new HazardStory.Played(id, story, h.status.name(), h.grade, h.deadline, h.rectifiedBy,
				replay.rectifiedAt, h.closedAt == null ? null : h.closedAt.atOffset(BEIJING), h.rejections,
				h.escalationLevel.name(), h.escalatedAt == null ? null : h.escalatedAt.atOffset(BEIJING),
				List.copyOf(replay.history), replay.planStep == null ? null : replay.planStep.plan(), replay.planStep,
				replay.listing, List.copyOf(replay.escalations));
	}

	private void take(Step step) {
		if (step.at().isBefore(last) || step.at().isAfter(now)) {
			throw new IllegalArgumentException(step.act() + " out of time order: " + story.title());
		}
		LocalDate today = day(step.at());
		escalateBefore(today);
		HazardStatus before = hazard.status;
		boolean awaitingBureau = listing != null && listing.acceptedAt() == null;
		switch (step.act()) {
			case REGISTER -> hazard.register();
			case GRADE -> {
				LocalDate deadline = step.deadline() != null ? step.deadline()
						: today
							.plusDays(days(step.grade() == HazardGrade.MAJOR ? PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS
									: PolicySetting.HAZARD_GENERAL_DEADLINE_DAYS));
				if (step.deadline() != null) {
					withinBounds(step.grade(), deadline, today);
				}
				hazard.grade(step.grade(), deadline, today);
			}
			case PLAN -> filePlan(step, today);
			case START -> hazard.startRectification(planStep != null);
			case COMPLETE -> {
				hazard.completeRectification(step.by());
				rectifiedAt = rectifiedAt == null ? step.at() : rectifiedAt;
				acceptanceDueBy(today.plusDays(days(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS)));
			}
			case VERIFY -> hazard.verify(step.by(), true, awaitingBureau);
			case REJECT -> hazard.verify(step.by(), false, awaitingBureau);
			case ACCEPT -> accept(step);
			case CLOSE -> hazard.close(step.at().toInstant(), awaitingBureau);
			case SPOTFIX -> {
				hazard.fixOnTheSpot(step.by(), step.at().toInstant());
				rectifiedAt = step.at();
			}
			case SUPERVISE -> supervise(step, today);
		}
		String key = switch (step.act()) {
			case GRADE -> hazard.grade.messageKey();
			case PLAN -> "hazard.history.plan";
			case SUPERVISE -> "hazard.history.supervised";
			case VERIFY, ACCEPT -> "hazard.history.accepted";
			case REJECT -> "hazard.history.rejected";
			default -> null;
		};
		List<String> args = switch (step.act()) {
			case SUPERVISE -> List.of(listing.noticeNo());
			case VERIFY, ACCEPT, REJECT -> List.of(step.note() == null ? "" : step.note().trim());
			default -> List.of();
		};
		line(before, hazard.status, step.by(), step.byName(), step.at(), key == null ? step.note() : "", key, args);
		last = step.at();
	}

	/** 五落实, as HazardManagement files it: its deadline becomes the hazard's. */
	private void filePlan(Step step, LocalDate today) {
		if (!hazard.status.open() || hazard.status == HazardStatus.AWAITING_VERIFICATION || step.plan() == null) {
			throw new BusinessRuleViolation("status", "hazard.transition.invalid");
		}
		withinBounds(hazard.grade, step.plan().deadline(), today);
		planStep = step;
		hazard.deadline = listing == null ? step.plan().deadline() : min(step.plan().deadline(), listing.deadline());
		acceptanceDueBy(hazard.deadline.plusDays(days(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS)));
	}

	/** 挂牌督办, as HazardSupervision lists it. */
	private void supervise(Step step, LocalDate today) {
		if (hazard.grade != HazardGrade.MAJOR || !hazard.status.open()) {
			throw new BusinessRuleViolation("grade", "hazard.supervise.major");
		}
		if (listing != null) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.already");
		}
		withinBounds(HazardGrade.MAJOR, step.deadline(), today);
		RegionCode bureau = RegionCode.of(step.bureauRegion());
		if (bureau.level() == RegionCode.Level.TOWNSHIP || !story.regionCode().startsWith(bureau.prefix())) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.bureau");
		}
		LocalDate due = HazardSupervision.Listing.due(days(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS),
				hazard.deadline, step.deadline(), hazard.status == HazardStatus.AWAITING_VERIFICATION ? today : null);
		listing = new Listing(bureau.level().name(), bureau.value(),
				"督办〔" + today.getYear() + "〕" + HazardSummary.number(hazard.id), step.deadline(), due, step.by(),
				step.byName(), step.at(), null);
		hazard.deadline = min(hazard.deadline, step.deadline());
	}

	/** The supervising bureau's on-site acceptance. */
	private void accept(Step step) {
		if (listing == null || listing.acceptedAt() != null) {
			throw new BusinessRuleViolation("hazardId", "hazard.supervise.none");
		}
		if (hazard.status != HazardStatus.VERIFIED) {
			hazard.verify(step.by(), true, false);
		}
		listing = new Listing(listing.bureauLevel(), listing.bureauRegion(), listing.noticeNo(), listing.deadline(),
				listing.acceptanceDue(), listing.listedBy(), listing.listedByName(), listing.listedAt(), step.at());
	}

	private void acceptanceDueBy(LocalDate due) {
		if (listing != null && listing.acceptedAt() == null && due.isBefore(listing.acceptanceDue())) {
			listing = new Listing(listing.bureauLevel(), listing.bureauRegion(), listing.noticeNo(), listing.deadline(),
					due, listing.listedBy(), listing.listedByName(), listing.listedAt(), null);
		}
	}

	/** The escalation job's runs on the days before {@code day} not yet looked at. */
	private void escalateBefore(LocalDate day) {
		Hazard.EscalationRule rule = new Hazard.EscalationRule(days(PolicySetting.HAZARD_ESCALATE_AFTER_OVERDUE_DAYS),
				days(PolicySetting.HAZARD_ESCALATION_PERIOD_DAYS), EscalationLevel
					.of(RegionCode.Level.valueOf(PolicySetting.HAZARD_ESCALATION_TOP_LEVEL.nationalDefault())));
		for (LocalDate d = escalatedThrough.plusDays(1); d.isBefore(day); d = d.plusDays(1)) {
			OffsetDateTime at = d.atTime(9, 0).atOffset(BEIJING);
			hazard.escalate(d, at.toInstant(), rule).ifPresent(e -> {
				escalations
					.add(new Line(null, e.level().name(), null, "system", at, "", null, List.of(e.bureauRegion())));
				line(hazard.status, hazard.status, null, "system", at, "",
						"hazard.history.escalated." + e.level().name(), List.of(e.bureauRegion()));
				last = at;
			});
			escalatedThrough = d;
		}
		escalatedThrough = max(escalatedThrough, day.minusDays(1));
	}

	private void withinBounds(HazardGrade grade, LocalDate deadline, LocalDate today) {
		DeadlineBounds.check(deadline, today, day(story.foundAt()), days(grade == HazardGrade.GENERAL
				? PolicySetting.HAZARD_GENERAL_DEADLINE_MAX_DAYS : PolicySetting.HAZARD_MAJOR_DEADLINE_MAX_DAYS));
	}

	private void line(HazardStatus from, HazardStatus to, Long by, String byName, OffsetDateTime at, String note,
			String key, List<String> args) {
		history.add(new Line(from == null ? null : from.name(), to.name(), by == null || by <= 0 ? null : by, byName,
				at, note, key, args == null ? List.of() : args));
	}

	private static int days(PolicySetting setting) {
		return Integer.parseInt(setting.nationalDefault());
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(BEIJING).toLocalDate();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
