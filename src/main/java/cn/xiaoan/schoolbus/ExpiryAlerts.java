package cn.xiaoan.schoolbus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a school's principal and safety officer ahead of time (policy: 30 and 7 days)
 * that a bus's sign, inspection or insurance, or a driver's licence or review, is about
 * to lapse. Each alert is recorded once per item, date and lead time, so two instances
 * never send it twice and a renewed date alerts afresh.
 */
@Service
class ExpiryAlerts {

	/** item, id, school, region, label, due date — every date that can lapse. */
	private static final String DUE = """
			select 'permit', id, school_id, region_code, plate, permit_expires from schoolbus.vehicle where permit_expires is not null
			union all select 'inspection', id, school_id, region_code, plate, inspection_due from schoolbus.vehicle where inspection_due is not null
			union all select 'insurance', id, school_id, region_code, plate, insurance_expires from schoolbus.vehicle where insurance_expires is not null
			union all select 'licence', id, school_id, region_code, name, licence_expires from schoolbus.driver
			union all select 'review', id, school_id, region_code, name, review_due from schoolbus.driver""";

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final Clock clock;

	ExpiryAlerts(JdbcClient jdbc, PolicyManagement policy, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Sends the alerts due today; answers how many. */
	@Transactional
	int sendDue() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (var row : jdbc
			.sql("select * from (" + DUE + ") d (item, id, school, region, label, due)"
					+ " where due >= :today and due <= :horizon")
			.param("today", today)
			.param("horizon", today.plusDays(365))
			.query((rs, n) -> new Due(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class)))
			.list()) {
			int first = policy.effective(PolicySetting.SCHOOLBUS_EXPIRY_FIRST_ALERT_DAYS, row.region()).asInt();
			int second = policy.effective(PolicySetting.SCHOOLBUS_EXPIRY_SECOND_ALERT_DAYS, row.region()).asInt();
			long left = row.due().toEpochDay() - today.toEpochDay();
			int ahead = left <= second ? second : (left <= first ? first : -1);
			if (ahead > 0 && record(row, ahead)) {
				notifications.toSchool(row.school(), Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
						"schoolbus.notify.expiry." + row.item(), "/school-buses", row.label(), row.due().toString());
				sent++;
			}
		}
		return sent;
	}

	private boolean record(Due row, int ahead) {
		return jdbc.sql("""
				insert into schoolbus.expiry_alert (item, item_id, due, days_ahead) values (:i, :id, :due, :a)
				on conflict do nothing""")
			.param("i", row.item())
			.param("id", row.id())
			.param("due", row.due())
			.param("a", ahead)
			.update() == 1;
	}

	private record Due(String item, long id, long school, String region, String label, LocalDate due) {
	}

}
