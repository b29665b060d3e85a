package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the school does after the report (ACCIDENT_MANAGE, its own accidents only): the
 * 校方责任险 claim and its steps within the caps, 责任认定, 调解, 校闹 handled with the police, and
 * the closing report. A closed accident changes no more.
 */
@Service
@Transactional
class AccidentHandling {

	private final JdbcClient jdbc;

	private final Accidents store;

	private final ClaimCaps caps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccidentHandling(JdbcClient jdbc, Accidents store, ClaimCaps caps, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.caps = caps;
		this.events = events;
		this.clock = clock;
	}

	long recordClaim(long id, HandlingCommands.RecordClaim c) {
		return recordClaim(id, c, clock.instant());
	}

	long recordClaim(long id, HandlingCommands.RecordClaim c, Instant now) {
		AccidentSummary a = open(id, now);
		Instant notified = c.notifiedAt().atZone(clock.getZone()).toInstant();
		if (notified.isAfter(now) || notified.isBefore(a.occurredAt().toInstant())) {
			throw new BusinessRuleViolation("notifiedAt", "accident.claim.notified.range");
		}
		if (c.victimId() != null && jdbc.sql("select count(*) from accident.victim where id = :v and accident_id = :a")
			.param("v", c.victimId())
			.param("a", id)
			.query(Long.class)
			.single() == 0) {
			throw new BusinessRuleViolation("victimId", "accident.claim.victimUnknown");
		}
		int year = caps.schoolYear(a.regionCode(), a.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate());
		caps.check(caps.caps(id, a.schoolId(), a.regionCode(), year), c.victimId(), id, c.claimYuan());
		long claim = jdbc
			.sql("""
					insert into accident.claim (accident_id, victim_id, school_id, school_year, insurer, policy_no, notified_at,
					       claim_yuan, state)
					values (:a, :v, :s, :y, :i, :p, :n, :amount, 'REPORTED') returning id""")
			.param("a", id)
			.param("v", c.victimId())
			.param("s", a.schoolId())
			.param("y", year)
			.param("i", c.insurer())
			.param("p", c.policyNo())
			.param("n", Accidents.utc(notified))
			.param("amount", c.claimYuan())
			.query(Long.class)
			.single();
		audit(a, "accident_claim", claim, Map.of("insurer", c.insurer(), "policyNo", c.policyNo(), "claimYuan",
				c.claimYuan().toPlainString(), "state", ClaimState.REPORTED.name()), true);
		return claim;
	}

	/** The claim's next step: 理算, then 赔付 with the amount paid, then 结案. */
	void advanceClaim(long id, long claimId, BigDecimal paidYuan) {
		advanceClaim(id, claimId, paidYuan, clock.instant());
	}

	void advanceClaim(long id, long claimId, BigDecimal paidYuan, Instant now) {
		AccidentSummary a = open(id, now);
		var row = jdbc.sql("select state, claim_yuan from accident.claim where id = :c and accident_id = :a for update")
			.param("c", claimId)
			.param("a", id)
			.query((rs, n) -> Map.entry(ClaimState.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
			.optional()
			.orElseThrow(() -> new NotFound("claim", claimId));
		ClaimState next = row.getKey().next();
		if (next == null) {
			throw new BusinessRuleViolation("state", "accident.claim.closed");
		}
		if (next == ClaimState.PAID && (paidYuan == null || paidYuan.compareTo(row.getValue()) > 0)) {
			throw new BusinessRuleViolation("paidYuan", "accident.claim.paid.range");
		}
		jdbc.sql("update accident.claim set state = :s, paid_yuan = coalesce(:p, paid_yuan) where id = :c")
			.param("s", next.name())
			.param("p", next == ClaimState.PAID ? paidYuan : null)
			.param("c", claimId)
			.update();
		audit(a, "accident_claim", claimId, next == ClaimState.PAID
				? Map.of("state", next.name(), "paidYuan", paidYuan.toPlainString()) : Map.of("state", next.name()),
				false);
	}

	void determineResponsibility(long id, HandlingCommands.DetermineResponsibility c) {
		AccidentSummary a = open(id, clock.instant());
		jdbc.sql("update accident.accident set responsibility = :r, responsibility_basis = :b where id = :id")
			.param("r", c.responsibility().name())
			.param("b", c.basis())
			.param("id", id)
			.update();
		audit(a, "accident", id, Map.of("responsibility", c.responsibility().name(), "basis", c.basis()), false);
	}

	void recordMediation(long id, HandlingCommands.RecordMediation c) {
		Instant now = clock.instant();
		AccidentSummary a = open(id, now);
		if (c.heldOn().isAfter(LocalDate.now(clock))
				|| c.heldOn().isBefore(a.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
			throw new BusinessRuleViolation("heldOn", "accident.mediation.date");
		}
		jdbc.sql("""
				insert into accident.mediation (accident_id, held_on, parties, outcome, recorded_by_name, recorded_at)
				values (:a, :d, :p, :o, :by, :at)""")
			.param("a", id)
			.param("d", c.heldOn())
			.param("p", c.parties())
			.param("o", c.outcome())
			.param("by", Callers.current().displayName())
			.param("at", Accidents.utc(now))
			.update();
		audit(a, "accident", id, Map.of("mediation", c.heldOn().toString(), "outcome", c.outcome()), false);
	}

	/** 校闹: flags the accident and records how it was handled with the police. */
	void recordDisruption(long id, HandlingCommands.RecordDisruption c) {
		AccidentSummary a = open(id, clock.instant());
		jdbc.sql(
				"update accident.accident set disruption = true, disruption_note = :n, police_involved = true where id = :id")
			.param("n", c.note())
			.param("id", id)
			.update();
		audit(a, "accident", id, Map.of("disruption", true, "disruptionNote", c.note()), false);
	}

	/** 结案: once responsibility is determined and every claim is paid or closed. */
	void close(long id, HandlingCommands.CloseAccident c) {
		close(id, c, clock.instant());
	}

	void close(long id, HandlingCommands.CloseAccident c, Instant now) {
		AccidentSummary a = open(id, now);
		String responsibility = jdbc.sql("select responsibility from accident.accident where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (responsibility == null) {
			throw new BusinessRuleViolation("closingReport", "accident.close.responsibility");
		}
		long unsettled = jdbc
			.sql("select count(*) from accident.claim where accident_id = :id and state in ('REPORTED', 'ASSESSING')")
			.param("id", id)
			.query(Long.class)
			.single();
		if (unsettled > 0) {
			throw new BusinessRuleViolation("closingReport", "accident.close.claims");
		}
		jdbc.sql(
				"update accident.accident set closing_report = :r, closed_at = :at, version = version + 1 where id = :id")
			.param("r", c.closingReport())
			.param("at", Accidents.utc(now))
			.param("id", id)
			.update();
		BigDecimal paid = jdbc.sql("select coalesce(sum(paid_yuan), 0) from accident.claim where accident_id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
		events.publishEvent(new AccidentClosed(id, a.schoolId(), a.regionCode(), a.kind(), a.severity(),
				Responsibility.valueOf(responsibility), a.disruption(), paid));
		audit(a, "accident", id, Map.of("closed", true), false);
	}

	/**
	 * The accident, in scope, not closed, for a caller who manages the school's
	 * accidents.
	 */
	private AccidentSummary open(long id, Instant now) {
		CurrentUser caller = Callers.current().require(AccidentManagement.ACCIDENT_MANAGE);
		AccidentSummary a = store.load(id, caller, now, true).summary();
		if (a.closed()) {
			throw new BusinessRuleViolation("status", "accident.closed.already");
		}
		return a;
	}

	private void audit(AccidentSummary a, String type, long id, Map<String, Object> after, boolean created) {
		events.publishEvent(created ? EntityChanged.created(type, id, a.regionCode(), a.schoolId(), after)
				: EntityChanged.updated(type, id, a.regionCode(), a.schoolId(), Map.of(), after));
	}

}
