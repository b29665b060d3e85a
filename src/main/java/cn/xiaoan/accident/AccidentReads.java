package cn.xiaoan.accident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One accident as its page and the API show it to the caller, with the steps open to
 * them.
 */
@Service
@Transactional(readOnly = true)
class AccidentReads {

	private final JdbcClient jdbc;

	private final AccidentManagement accidents;

	private final Accidents store;

	private final VictimRecords victims;

	private final ClaimCaps caps;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Clock clock;

	AccidentReads(JdbcClient jdbc, AccidentManagement accidents, Accidents store, VictimRecords victims, ClaimCaps caps,
			OrgManagement org, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.accidents = accidents;
		this.store = store;
		this.victims = victims;
		this.caps = caps;
		this.org = org;
		this.policy = policy;
		this.clock = clock;
	}

	AccidentDetail detail(long id) {
		Instant now = clock.instant();
		AccidentSummary a = accidents.readable(id, now).summary();
		CurrentUser caller = Callers.current();
		ReportChain chain = store.chain(id);
		List<AccidentDetail.ClaimView> claims = jdbc.sql("""
				select id, victim_id, insurer, policy_no, notified_at, claim_yuan, paid_yuan, state from accident.claim
				where accident_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new AccidentDetail.ClaimView(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getBigDecimal(6), rs.getBigDecimal(7),
					ClaimState.valueOf(rs.getString(8))))
			.list();
		List<AccidentDetail.Mediation> mediations = jdbc.sql("""
				select held_on, parties, outcome, recorded_by_name from accident.mediation where accident_id = :id
				order by held_on, id""")
			.param("id", id)
			.query((rs, n) -> new AccidentDetail.Mediation(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getString(3), caller.seesStaffNames() ? rs.getString(4) : ""))
			.list();
		Instant insurerDue = a.occurredAt()
			.toInstant()
			.plus(Duration.ofHours(policy.effective(PolicySetting.ACCIDENT_INSURER_HOURS, a.regionCode()).asInt()));
		Instant firstTold = claims.stream().map(c -> c.notifiedAt().toInstant()).min(Instant::compareTo).orElse(null);
		boolean insurerLate = firstTold != null ? firstTold.isAfter(insurerDue)
				: a.hurt() > 0 && now.isAfter(insurerDue);
		int year = caps.schoolYear(a.regionCode(), a.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate());
		List<String> steps = accidents.chainSteps(chain, caller);
		if (caller.can(AccidentManagement.ACCIDENT_MANAGE) && !a.closed()) {
			steps.addAll(List.of("claim", "responsibility", "mediation", "disruption", "close"));
		}
		var handling = jdbc.sql("""
				select description, first_measures, guardians_informed_at, police_involved, medical_involved,
				       reported_by_name, responsibility, responsibility_basis, disruption_note, opinion_case_id,
				       closing_report
				from accident.accident where id = :id""")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
							rs.getBoolean(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
							rs.getString(9), rs.getObject(10), rs.getString(11) })
			.single();
		String schoolName = org.findSchool(a.schoolId()).map(SchoolSummary::name).orElse("");
		return new AccidentDetail(a, schoolName, (String) handling[0], (String) handling[1],
				(OffsetDateTime) handling[2], (Boolean) handling[3], (Boolean) handling[4],
				caller.seesStaffNames() ? (String) handling[5] : "",
				victims.shown(store.victims(id), store.rollLinks(id)), chain.hops(), claims,
				caps.caps(id, a.schoolId(), a.regionCode(), year), Accidents.utc(insurerDue), insurerLate, mediations,
				handling[6] == null ? null : Responsibility.valueOf((String) handling[6]), (String) handling[7],
				(String) handling[8], handling[9] == null ? null : ((Number) handling[9]).longValue(),
				(String) handling[10], steps);
	}

}
