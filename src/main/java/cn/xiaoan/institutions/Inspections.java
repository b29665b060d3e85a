package cn.xiaoan.institutions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The check items, inspections with their results, and the rectifications they open. */
@Repository
class Inspections {

	private static final String RECTIFICATION = """
			select r.id, r.institution_id, i.name, r.region_code, r.inspection_id, r.deadline, r.status, r.evidence,
			       r.evidence_photo
			from institutions.rectification r join institutions.institution i on i.id = r.institution_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Inspections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<CheckItem> items() {
		return jdbc.sql("select id, code, text, basis from institutions.check_item order by position")
			.query((rs, n) -> new CheckItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Stores an inspection with its items; empty when its client id is already stored (a
	 * phone's resend, ADR 0048).
	 */
	Optional<Long> insert(long institution, String region, InspectInstitution c, LocalDate deadline, String inspector,
			String unit, long by, Map<Long, UUID> photos, UUID clientId) {
		Optional<Long> inserted = jdbc.sql("""
				insert into institutions.inspection (institution_id, region_code, inspected_on, outcome, deadline, note,
				       inspector_name, inspector_unit, created_by, created_at, client_id)
				values (:i, :r, :on, :outcome, :deadline, :note, :name, :unit, :by, :now, :cid)
				on conflict (client_id) do nothing returning id""")
			.param("cid", clientId)
			.param("i", institution)
			.param("r", region)
			.param("on", Date.valueOf(c.inspectedOn()))
			.param("outcome", c.outcome().name())
			.param("deadline", deadline == null ? null : Date.valueOf(deadline))
			.param("note", c.note())
			.param("name", inspector)
			.param("unit", unit)
			.param("by", by)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
		if (inserted.isEmpty()) {
			return inserted;
		}
		long id = inserted.get();
		for (InspectInstitution.Answer a : c.answers()) {
			jdbc.sql("""
					insert into institutions.inspection_item (inspection_id, item_id, passed, note, photo_id)
					values (:i, :item, :passed, :note, :photo)""")
				.param("i", id)
				.param("item", a.itemId())
				.param("passed", a.passed())
				.param("note", a.note())
				.param("photo", photos.get(a.itemId()))
				.update();
		}
		return inserted;
	}

	/** The caller's own inspection of that client id: another's is not found. */
	Optional<Long> byClientId(UUID clientId, long by) {
		return jdbc.sql("select id from institutions.inspection where client_id = :c and created_by = :by")
			.param("c", clientId)
			.param("by", by)
			.query(Long.class)
			.optional();
	}

	List<InspectionView> ofInstitution(long institution) {
		List<Long> ids = jdbc
			.sql("select id from institutions.inspection where institution_id = :i order by inspected_on desc, id desc")
			.param("i", institution)
			.query(Long.class)
			.list();
		return ids.stream().map(this::view).toList();
	}

	InspectionView view(long id) {
		List<InspectionView.Item> items = jdbc.sql("""
				select c.id, c.code, c.text, c.basis, r.passed, r.note, r.photo_id
				from institutions.inspection_item r join institutions.check_item c on c.id = r.item_id
				where r.inspection_id = :i order by c.position""")
			.param("i", id)
			.query((rs, n) -> new InspectionView.Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6), rs.getObject(7, UUID.class)))
			.list();
		return jdbc.sql("""
				select id, institution_id, inspected_on, outcome, deadline, note, inspector_name
				from institutions.inspection where id = :i""")
			.param("i", id)
			.query((rs, n) -> new InspectionView(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					Outcome.valueOf(rs.getString(4)), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
					rs.getString(6), rs.getString(7), items))
			.single();
	}

	long openRectification(long inspection, long institution, String region, LocalDate deadline) {
		return jdbc.sql("""
				insert into institutions.rectification (inspection_id, institution_id, region_code, deadline, status)
				values (:i, :inst, :r, :d, 'OPEN') returning id""")
			.param("i", inspection)
			.param("inst", institution)
			.param("r", region)
			.param("d", Date.valueOf(deadline))
			.query(Long.class)
			.single();
	}

	/** Closes the institution's open rectifications as the new inspection decides. */
	List<Long> closeOpen(long institution, long inspection, RectificationStatus as) {
		return jdbc.sql("""
				update institutions.rectification set status = :s, closed_at = :now, closed_by_inspection = :i
				where institution_id = :inst and status in ('OPEN', 'SUBMITTED') returning id""")
			.param("s", as.name())
			.param("now", Timestamp.from(clock.instant()))
			.param("i", inspection)
			.param("inst", institution)
			.query(Long.class)
			.list();
	}

	void submit(long id, String evidence, UUID photo) {
		jdbc.sql("""
				update institutions.rectification set status = 'SUBMITTED', evidence = :e,
				       evidence_photo = coalesce(:p, evidence_photo), submitted_at = :now
				where id = :id""")
			.param("id", id)
			.param("e", evidence)
			.param("p", photo)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	Optional<RectificationView> rectification(long id) {
		return jdbc.sql(RECTIFICATION + " where r.id = :id").param("id", id).query(this::rectificationRow).optional();
	}

	List<RectificationView> rectificationsOf(long institution) {
		return jdbc.sql(RECTIFICATION + " where r.institution_id = :i order by r.id desc")
			.param("i", institution)
			.query(this::rectificationRow)
			.list();
	}

	/** The open rectifications under a region prefix, the most urgent first. */
	List<RectificationView> openRectifications(String prefix) {
		return jdbc
			.sql(RECTIFICATION + " where r.region_code like :p and r.status in ('OPEN', 'SUBMITTED')"
					+ " order by r.deadline, r.id limit 2000")
			.param("p", prefix + "%")
			.query(this::rectificationRow)
			.list();
	}

	private RectificationView rectificationRow(ResultSet rs, int n) throws SQLException {
		LocalDate deadline = rs.getDate(6).toLocalDate();
		RectificationStatus status = RectificationStatus.valueOf(rs.getString(7));
		return new RectificationView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				deadline, status, rs.getString(8), rs.getObject(9, UUID.class),
				status == RectificationStatus.OPEN && deadline.isBefore(LocalDate.now(clock)));
	}

}
