package cn.xiaoan.warning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings between installations (四级联网): what a warning issued here tells the schools,
 * for an installation below; and a warning issued above, received here and sent to the
 * schools of this installation as if issued locally, under the name of the bureau above.
 * Only the installation itself (the exchange, on a signed envelope) calls it: no role
 * holds {@link #WARNING_RELAY} but the system's.
 */
@Service
@Transactional
public class WarningRelay {

	public static final Permission WARNING_RELAY = Permission.grantedTo("WARNING_RELAY");

	private final JdbcClient jdbc;

	private final Warnings warnings;

	private final WarningIssueRules rules;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningRelay(JdbcClient jdbc, Warnings warnings, WarningIssueRules rules, Notifications notifications,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.rules = rules;
		this.notifications = notifications;
		this.events = events;
	}

	/** A warning of this installation as the installations below receive it. */
	@Transactional(readOnly = true)
	public Optional<WarningFromAbove> toRelay(long warningId) {
		Callers.current().require(WARNING_RELAY);
		return jdbc.sql("""
				select id, issuer_prefix, issuer_name, target_prefix, kind, level, title, body, issued_at,
				       valid_until, chase_after_min from warning.warning where id = :id""")
			.param("id", warningId)
			.query((rs, n) -> new WarningFromAbove(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					WarningKind.valueOf(rs.getString(5)), WarningLevel.valueOf(rs.getString(6)), rs.getString(7),
					rs.getString(8), List.of(), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(),
					rs.getInt(11)))
			.optional()
			.map(w -> new WarningFromAbove(w.warningId(), w.issuerPrefix(), w.issuerName(), w.targetPrefix(), w.kind(),
					w.level(), w.title(), w.body(), warnings.actions(warningId), w.issuedAt(), w.validUntil(),
					w.chaseAfterMinutes()));
	}

	/**
	 * Sends a warning issued above to this installation's schools below its target, as a
	 * warning of the bureau above; returns the local warning's id, or empty when no
	 * school here is reached or the warning has expired. The schools acknowledge it like
	 * any other ({@link WarningAcknowledged}); it counts as issued when it arrived, so a
	 * link that was down does not make them late.
	 */
	public Optional<Long> receive(WarningFromAbove above) {
		Callers.current().require(WARNING_RELAY);
		String target = above.targetPrefix() == null ? "" : above.targetPrefix();
		IssueWarning reach = new IssueWarning(above.kind(), above.level(), above.title(), above.body(),
				String.join("\n", above.actions()), null, target.isEmpty() ? "" : WarningManagement.regionOf(target),
				List.of(), List.of());
		List<SchoolSummary> schools = rules.schools(reach, target);
		// a warning that expired while the link was down is not sent to the schools
		if (schools.isEmpty() || !above.validUntil().isAfter(clock.instant())) {
			return Optional.empty();
		}
		long id = jdbc.sql("""
				insert into warning.warning (issuer_prefix, issuer_name, target_prefix, kind, level, title, body,
				       valid_from, valid_until, chase_after_min, issued_by, issued_by_name, issued_at)
				values (:ip, :iname, :tp, :kind, :level, :title, :body, :at, :until, :chase, 0, :iname, :at)
				returning id""")
			.param("ip", above.issuerPrefix())
			.param("iname", above.issuerName())
			.param("tp", target)
			.param("kind", above.kind().name())
			.param("level", above.level().name())
			.param("title", above.title())
			.param("body", above.body())
			.param("at", Timestamp.from(clock.instant()))
			.param("until", Timestamp.from(above.validUntil()))
			.param("chase", above.chaseAfterMinutes())
			.query(Long.class)
			.single();
		for (int i = 0; i < above.actions().size(); i++) {
			jdbc.sql("insert into warning.action (warning_id, seq, text) values (:w, :s, :t)")
				.param("w", id)
				.param("s", i + 1)
				.param("t", above.actions().get(i))
				.update();
		}
		int reached = warnings.fanOut(id, schools.stream().map(SchoolSummary::id).toArray(Long[]::new),
				schools.stream().map(SchoolSummary::regionCode).toArray(String[]::new),
				schools.stream().map(SchoolSummary::name).toArray(String[]::new));
		notifications.toSchools(schools.stream().map(SchoolSummary::id).toList(), WarningManagement.SCHOOL_LEADERS,
				"notify.warning.issued", "/warnings/" + id, above.title());
		events.publishEvent(new WarningIssued(id, above.issuerPrefix(), target, above.kind(), above.level(), reached));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", above.title());
		after.put("issuer", above.issuerName());
		after.put("schools", reached);
		events.publishEvent(EntityChanged.created("warning", id,
				target.isEmpty() ? null : WarningManagement.regionOf(target), null, after));
		return Optional.of(id);
	}

}
