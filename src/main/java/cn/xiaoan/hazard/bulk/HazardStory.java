package cn.xiaoan.hazard.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.shared.SafetyCategory;

/**
 * A hazard as a data generator tells it: found by someone at a moment, then the steps
 * people took, in order. {@link HazardBulkLoad#stories} plays the steps through the
 * hazard's own lifecycle rules, so a story the rules refuse fails to load instead of
 * contradicting them.
 */
public record HazardStory(long schoolId, String regionCode, String title, String location, SafetyCategory category,
		HazardSource source, HazardGrade suggestedGrade, String foundByName, OffsetDateTime foundAt, List<Step> steps) {

	public HazardStory {
		location = location == null ? "" : location;
		steps = List.copyOf(steps);
	}

	/** What a person does to the hazard, as the hazard pages offer it. */
	public enum Act {

		REGISTER, GRADE, PLAN, START, COMPLETE, VERIFY, REJECT, CLOSE, SPOTFIX, SUPERVISE, ACCEPT

	}

	/**
	 * A step: who ({@code by} tells people apart: the rectifier may not verify), when,
	 * and what the act needs (a grade and deadline, a plan, the supervising bureau).
	 */
	public record Step(Act act, OffsetDateTime at, long by, String byName, HazardGrade grade, LocalDate deadline,
			Plan plan, String bureauRegion, String note) {

		public static Step of(Act act, OffsetDateTime at, long by, String byName) {
			return new Step(act, at, by, byName, null, null, null, null, "");
		}

		public static Step grade(OffsetDateTime at, long by, String byName, HazardGrade grade, LocalDate deadline) {
			return new Step(Act.GRADE, at, by, byName, grade, deadline, null, null, "");
		}

		public static Step plan(OffsetDateTime at, long by, String byName, Plan plan) {
			return new Step(Act.PLAN, at, by, byName, null, null, plan, null, "");
		}

		/** 挂牌督办 by the bureau of {@code bureauRegion} with its deadline. */
		public static Step supervise(OffsetDateTime at, long by, String byName, String bureauRegion,
				LocalDate deadline) {
			return new Step(Act.SUPERVISE, at, by, byName, null, deadline, null, bureauRegion, "");
		}

		public Step noted(String text) {
			return new Step(act, at, by, byName, grade, deadline, plan, bureauRegion, text);
		}

	}

	/** 五落实: responsible person, measures, funds, deadline, contingency plan. */
	public record Plan(String responsiblePerson, String measures, BigDecimal fundsYuan, LocalDate deadline,
			String contingencyPlan) {
	}

	/** The hazard and its history after the story, as the ledger stores them. */
	public record Played(long id, HazardStory story, String status, HazardGrade grade, LocalDate deadline,
			Long rectifiedBy, OffsetDateTime rectifiedAt, OffsetDateTime closedAt, int rejections,
			String escalationLevel, OffsetDateTime escalatedAt, List<Line> history, Plan plan, Step planStep,
			Listing listing, List<Line> escalations) {
	}

	/**
	 * A line of the history: {@code note} as text or {@code noteKey} with its arguments;
	 * for an escalation line {@code to} is the level and {@code noteArgs} the bureau.
	 */
	public record Line(String from, String to, Long byAccount, String byName, OffsetDateTime at, String note,
			String noteKey, List<String> noteArgs) {
	}

	/** 挂牌督办 as recorded. */
	public record Listing(String bureauLevel, String bureauRegion, String noticeNo, LocalDate deadline,
			LocalDate acceptanceDue, long listedBy, String listedByName, OffsetDateTime listedAt,
			OffsetDateTime acceptedAt) {
	}

}
