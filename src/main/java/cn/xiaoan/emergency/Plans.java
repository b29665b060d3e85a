package cn.xiaoan.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans' tables: the aggregate, its versions with their rows, and the filing history.
 */
@Component
class Plans {

	static final String SELECT = """
			select id, school_id, region_code, kind, title, status, current_version, reviewed_on, filed_version,
			       bureau_comment from emergency.plan""";

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan if the caller's scope reaches its school; otherwise not found. */
	Plan load(long id, CurrentUser caller) {
		Plan plan = jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> plan(rs))
			.optional()
			.orElseThrow(() -> new NotFound("emergency plan", id));
		if (!caller.scope().coversSchool(plan.schoolId, plan.regionCode)) {
			throw new NotFound("emergency plan", id);
		}
		return plan;
	}

	boolean exists(long schoolId, PlanKind kind) {
		return jdbc.sql("select exists (select 1 from emergency.plan where school_id = :s and kind = :k)")
			.param("s", schoolId)
			.param("k", kind.name())
			.query(Boolean.class)
			.single();
	}

	long create(long schoolId, String regionCode, PlanKind kind, String title, LocalDate today) {
		return jdbc.sql("""
				insert into emergency.plan (school_id, region_code, kind, title, status, current_version, reviewed_on)
				values (:s, :r, :k, :t, 'DRAFT', 1, :d) returning id""")
			.param("s", schoolId)
			.param("r", regionCode)
			.param("k", kind.name())
			.param("t", title)
			.param("d", today)
			.query(Long.class)
			.single();
	}

	void save(Plan plan) {
		jdbc.sql("""
				update emergency.plan set title = :t, status = :st, current_version = :v, reviewed_on = :r,
				       filed_version = :f, version = version + 1 where id = :id""")
			.param("t", plan.title)
			.param("st", plan.status.name())
			.param("v", plan.currentVersion)
			.param("r", plan.reviewedOn)
			.param("f", plan.filedVersion)
			.param("id", plan.id)
			.update();
	}

	void decided(long id, String byName, OffsetDateTime at, String comment) {
		jdbc.sql(
				"""
						update emergency.plan set decided_at = :at, decided_by_name = :by, bureau_comment = :c where id = :id""")
			.param("at", at)
			.param("by", byName)
			.param("c", comment)
			.param("id", id)
			.update();
	}

	void filed(long id, OffsetDateTime at) {
		jdbc.sql("update emergency.plan set filed_at = :at where id = :id").param("at", at).param("id", id).update();
	}

	/** Writes one version with its organisation, contacts and routes. */
	void writeVersion(long planId, int version, String procedures, String note, List<PlanMember> members,
			List<PlanContact> contacts, List<EvacuationRoute> routes, CurrentUser by, OffsetDateTime at) {
		jdbc.sql("""
				insert into emergency.plan_version (plan_id, version, procedures, note, saved_by, saved_name, saved_at)
				values (:p, :v, :pr, :n, :by, :name, :at)""")
			.param("p", planId)
			.param("v", version)
			.param("pr", procedures)
			.param("n", note)
			.param("by", by.accountId())
			.param("name", by.displayName())
			.param("at", at)
			.update();
		for (int i = 0; i < members.size(); i++) {
			PlanMember m = members.get(i);
			jdbc.sql("""
					insert into emergency.plan_member (plan_id, version, seq, role_name, staff_id, staff_name, duties)
					values (:p, :v, :i, :r, :s, :sn, :d)""")
				.param("p", planId)
				.param("v", version)
				.param("i", i)
				.param("r", m.roleName())
				.param("s", m.staffId())
				.param("sn", m.staffName())
				.param("d", m.duties())
				.update();
		}
		for (int i = 0; i < contacts.size(); i++) {
			jdbc.sql(
					"insert into emergency.plan_contact (plan_id, version, seq, name, phone) values (:p, :v, :i, :n, :ph)")
				.param("p", planId)
				.param("v", version)
				.param("i", i)
				.param("n", contacts.get(i).name())
				.param("ph", contacts.get(i).phone())
				.update();
		}
		for (int i = 0; i < routes.size(); i++) {
			jdbc.sql(
					"insert into emergency.plan_route (plan_id, version, seq, name, points) values (:p, :v, :i, :n, :pt)")
				.param("p", planId)
				.param("v", version)
				.param("i", i)
				.param("n", routes.get(i).name())
				.param("pt", routes.get(i).points())
				.update();
		}
	}

	String procedures(long planId, int version) {
		return jdbc.sql("select procedures from emergency.plan_version where plan_id = :p and version = :v")
			.param("p", planId)
			.param("v", version)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("emergency plan version", version));
	}

	List<PlanMember> members(long planId, int version) {
		return jdbc.sql("""
				select role_name, staff_id, staff_name, duties from emergency.plan_member
				where plan_id = :p and version = :v order by seq""")
			.param("p", planId)
			.param("v", version)
			.query((rs, n) -> new PlanMember(rs.getString(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	List<PlanContact> contacts(long planId, int version) {
		return jdbc
			.sql("select name, phone from emergency.plan_contact where plan_id = :p and version = :v order by seq")
			.param("p", planId)
			.param("v", version)
			.query((rs, n) -> new PlanContact(rs.getString(1), rs.getString(2)))
			.list();
	}

	List<EvacuationRoute> routes(long planId, int version) {
		return jdbc
			.sql("select name, points from emergency.plan_route where plan_id = :p and version = :v order by seq")
			.param("p", planId)
			.param("v", version)
			.query((rs, n) -> new EvacuationRoute(rs.getString(1), rs.getString(2)))
			.list();
	}

	List<PlanView.Version> versions(long planId) {
		return jdbc.sql("""
				select version, note, saved_name, saved_at from emergency.plan_version where plan_id = :p
				order by version desc""")
			.param("p", planId)
			.query((rs, n) -> new PlanView.Version(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	void event(long planId, String action, int version, String comment, String by, OffsetDateTime at) {
		jdbc.sql("""
				insert into emergency.plan_event (plan_id, action, version, comment, by_name, at)
				values (:p, :a, :v, :c, :b, :at)""")
			.param("p", planId)
			.param("a", action)
			.param("v", version)
			.param("c", comment)
			.param("b", by)
			.param("at", at)
			.update();
	}

	List<PlanView.Event> history(long planId) {
		return jdbc.sql("""
				select action, version, comment, by_name, at from emergency.plan_event where plan_id = :p
				order by at desc, id desc""")
			.param("p", planId)
			.query((rs, n) -> new PlanView.Event(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	static Plan plan(ResultSet rs) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("school_id"), rs.getString("region_code"),
				PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
				PlanStatus.valueOf(rs.getString("status")), rs.getInt("current_version"),
				rs.getObject("reviewed_on", LocalDate.class), (Integer) rs.getObject("filed_version"));
	}

}
