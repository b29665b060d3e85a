package cn.xiaoan.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an inspection plan (a school's, a bureau's or a spot check) with its checklist
 * items in order and its schools; {@link InspectionManagement} has checked the caller and
 * chosen both.
 */
@Component
class PlanRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(CurrentUser caller, String name, Cadence cadence, Long ownerSchool, String region, boolean spotCheck,
			Role role, boolean inspectorIsMe) {
		return jdbc.sql("""
				insert into inspection.plan (name, cadence, owner_school_id, region_code, spot_check, inspector_role,
				       inspector_username, inspector_name, created_by, created_by_name, created_at)
				values (:name, :cadence, :owner, :region, :spot, :role, :username, :inspector, :by, :byName, :at)
				returning id""")
			.param("name", name)
			.param("cadence", cadence.name())
			.param("owner", ownerSchool)
			.param("region", region)
			.param("spot", spotCheck)
			.param("role", role == null ? null : role.name())
			.param("username", inspectorIsMe ? caller.username() : null)
			.param("inspector", inspectorIsMe ? caller.displayName() : null)
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	void link(long planId, List<ChecklistItem> items, List<SchoolSummary> schools) {
		for (int i = 0; i < items.size(); i++) {
			jdbc.sql("insert into inspection.plan_item (plan_id, item_id, position) values (:p, :i, :n)")
				.param("p", planId)
				.param("i", items.get(i).id())
				.param("n", i)
				.update();
		}
		for (SchoolSummary s : schools) {
			jdbc.sql("insert into inspection.plan_school (plan_id, school_id, region_code) values (:p, :s, :r)")
				.param("p", planId)
				.param("s", s.id())
				.param("r", s.regionCode())
				.update();
		}
	}

}
