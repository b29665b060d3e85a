package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.SchoolCalendar;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caps of 校方责任险 in force at a school (policy, in 万元) and the claims already made
 * against them: per student, per accident and per school year. A claim that would pass a
 * cap is refused, saying which cap, its amount and what is claimed already.
 */
@Component
class ClaimCaps {

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	ClaimCaps(JdbcClient jdbc, PolicyManagement policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** The school year (its first calendar year) a day of the region lies in. */
	int schoolYear(String region, LocalDate day) {
		return SchoolCalendar.at(policy.snapshot(), region).schoolYearOf(day).startYear();
	}

	AccidentDetail.Caps caps(long accidentId, long schoolId, String region, int schoolYear) {
		return new AccidentDetail.Caps(cap(PolicySetting.ACCIDENT_CLAIM_CAP_STUDENT_WAN, region),
				cap(PolicySetting.ACCIDENT_CLAIM_CAP_ACCIDENT_WAN, region),
				cap(PolicySetting.ACCIDENT_CLAIM_CAP_YEAR_WAN, region), schoolYear,
				sum("school_id = :s and school_year = :y", schoolId, schoolYear, null),
				sum("accident_id = :a", null, null, accidentId));
	}

	/** Refuses a claim of {@code amount} that would pass a cap. */
	void check(AccidentDetail.Caps caps, Long victimId, long accidentId, BigDecimal amount) {
		if (victimId != null) {
			BigDecimal forStudent = jdbc
				.sql("select coalesce(sum(claim_yuan), 0) from accident.claim where victim_id = :v")
				.param("v", victimId)
				.query(BigDecimal.class)
				.single();
			refuseOver(caps.perStudent(), forStudent, amount, "accident.claim.cap.student");
		}
		refuseOver(caps.perAccident(), caps.claimedThisAccident(), amount, "accident.claim.cap.accident");
		refuseOver(caps.perSchoolYear(), caps.claimedThisSchoolYear(), amount, "accident.claim.cap.year");
	}

	private static void refuseOver(BigDecimal cap, BigDecimal claimed, BigDecimal amount, String key) {
		if (claimed.add(amount).compareTo(cap) > 0) {
			throw new BusinessRuleViolation("claimYuan", key, yuan(cap), yuan(claimed),
					yuan(cap.subtract(claimed).max(BigDecimal.ZERO)));
		}
	}

	static String yuan(BigDecimal amount) {
		return String.format("%,.2f", amount);
	}

	private BigDecimal cap(PolicySetting setting, String region) {
		return WAN.multiply(BigDecimal.valueOf(policy.effective(setting, region).asInt()));
	}

	private BigDecimal sum(String where, Long school, Integer year, Long accident) {
		var sql = jdbc.sql("select coalesce(sum(claim_yuan), 0) from accident.claim where " + where);
		if (school != null) {
			sql = sql.param("s", school).param("y", year);
		}
		if (accident != null) {
			sql = sql.param("a", accident);
		}
		return sql.query(BigDecimal.class).single();
	}

}
