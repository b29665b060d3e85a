package cn.xiaoan.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has read a notice, for its sender: the counters of a region and the regions below
 * it, a page of units, and for a school's notice its staff and, per class, its students
 * with their parents — names of children only to the school's leaders and the head
 * teacher who sent it (a bureau's notice never reaches children).
 */
@Service
@Transactional(readOnly = true)
public class NoticeReceipts {

	private final JdbcClient jdbc;

	private final NoticeManagement notices;

	private final OrgManagement org;

	private final SchoolColleagues colleagues;

	NoticeReceipts(JdbcClient jdbc, NoticeManagement notices, OrgManagement org, SchoolColleagues colleagues) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.org = org;
		this.colleagues = colleagues;
	}

	/**
	 * The counters of {@code prefix} (the caller's region when blank) and of the regions
	 * below it.
	 */
	public ReceiptTally tally(long id, String prefix) {
		Notices.Header header = notices.managed(id);
		String at = regionFor(header, prefix);
		Map<String, String> names = new HashMap<>(org.regionNames());
		// the regions only an installation below knows are named after its bureaus' units
		jdbc.sql("""
				select region_code, min(name) from notice.unit
				where notice_id = :id and source is not null and unit_key like 'R:%' group by region_code""")
			.param("id", id)
			.query(rs -> {
				names.putIfAbsent(rs.getString(1), rs.getString(2));
			});
		Map<String, String> sources = sources(id);
		List<ReceiptTally.Row> rows = jdbc.sql("""
				select prefix, units, read_units from notice.tally
				where notice_id = :id and (prefix = :p or parent_prefix = :p) order by prefix""")
			.param("id", id)
			.param("p", at)
			.query((rs, n) -> new ReceiptTally.Row(rs.getString(1),
					names.getOrDefault(NoticeFanOut.regionOf(rs.getString(1)), ""), rs.getInt(2), rs.getInt(3),
					sources.get(rs.getString(1))))
			.list();
		ReceiptTally.Row region = rows.stream().filter(r -> r.prefix().equals(at)).findFirst().orElse(null);
		List<ReceiptTally.Row> children = rows.stream().filter(r -> !r.prefix().equals(at)).toList();
		if (region == null) {
			region = new ReceiptTally.Row(at, at.isEmpty() ? "" : names.getOrDefault(NoticeFanOut.regionOf(at), ""),
					children.stream().mapToInt(ReceiptTally.Row::units).sum(),
					children.stream().mapToInt(ReceiptTally.Row::readUnits).sum(), sources.get(at));
		}
		return new ReceiptTally(region, children);
	}

	/**
	 * The installation below whose units, mirrored here, count in each region prefix of
	 * the notice (one of them where several do).
	 */
	private Map<String, String> sources(long id) {
		Map<String, String> sources = new HashMap<>();
		jdbc.sql("select p.prefix, min(u.source) from notice.unit u"
				+ cn.xiaoan.shared.RegionCode.prefixesOf("u.region_code")
				+ " where u.notice_id = :id and u.source is not null and p.prefix is not null group by p.prefix")
			.param("id", id)
			.query(rs -> {
				sources.put(rs.getString(1), rs.getString(2));
			});
		return sources;
	}

	/** A page of the units of a region (all units of a school's notice), read or not. */
	public List<UnitLine> units(long id, String prefix, ReadFilter filter, int page, int size) {
		Notices.Header header = notices.managed(id);
		String at = header.fromSchool() ? "" : regionFor(header, prefix);
		return jdbc
			.sql("""
					select u.unit_key, u.name, u.region_code, u.addressed, u.readers, u.read_at, u.read_by, u.reminded_at,
					       u.source
					from notice.unit u where u.notice_id = :id and u.region_code like :p || '%'"""
					+ filter.condition()
					+ " order by u.class_id nulls first, u.region_code, u.unit_key limit :l offset :o")
			.param("id", id)
			.param("p", at)
			.param("l", Math.min(Math.max(size, 1), 5000))
			.param("o", (long) Math.max(page, 0) * Math.min(Math.max(size, 1), 5000))
			.query((rs, n) -> new UnitLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), Notices.instant(rs, 6), rs.getString(7), Notices.instant(rs, 8), rs.getString(9)))
			.list();
	}

	/**
	 * The readers of one unit of a bureau's notice (the staff of a school who opened it).
	 */
	public List<PersonLine> readers(long id, String unitKey) {
		notices.managed(id);
		return jdbc.sql("""
				select name, role, read_at from notice.receipt where notice_id = :id and unit_key = :u
				order by read_at, account_id""")
			.param("id", id)
			.param("u", unitKey)
			.query((rs, n) -> new PersonLine("", rs.getString(1), "role." + rs.getString(2), Notices.instant(rs, 3),
					null))
			.list();
	}

	/** A school's notice to its staff: each staff member, read or not. */
	public List<PersonLine> staff(long id) {
		Notices.Header header = schoolNotice(id);
		Map<Long, java.time.Instant> read = new HashMap<>();
		jdbc.sql("select person_id, read_at from notice.receipt where notice_id = :id and unit_key = :u")
			.param("id", id)
			.param("u", "T:" + header.senderSchoolId())
			.query(rs -> {
				read.put(rs.getLong(1), Notices.instant(rs, 2));
			});
		return colleagues.of(header.senderSchoolId())
			.stream()
			.map((SchoolColleague c) -> new PersonLine("", c.name(), "post." + c.postCode(), read.get(c.staffId()),
					null))
			.toList();
	}

	/**
	 * A class of a school's notice: each student, their own and their parents' first
	 * reading.
	 */
	public List<PersonLine> students(long id, long classId) {
		Notices.Header header = schoolNotice(id);
		String key = "C:" + classId;
		boolean addressed = jdbc
			.sql("select exists (select 1 from notice.unit where notice_id = :id and unit_key = :u)")
			.param("id", id)
			.param("u", key)
			.query(Boolean.class)
			.single();
		if (!addressed) {
			throw new NotFound("class", classId);
		}
		return jdbc.sql("""
				select r.student_no, r.name,
				       min(x.read_at) filter (where x.role = 'STUDENT'), min(x.read_at) filter (where x.role = 'PARENT')
				from people.class_roster r
				left join people.student_account a on a.student_id = r.student_id
				left join notice.receipt x on x.notice_id = :id and x.account_id = a.account_id
				where r.class_id = :c and r.school_id = :s
				group by r.student_id, r.student_no, r.name order by r.student_no, r.student_id""")
			.param("id", id)
			.param("c", classId)
			.param("s", header.senderSchoolId())
			.query((rs, n) -> new PersonLine(rs.getString(1), rs.getString(2), "", Notices.instant(rs, 3),
					Notices.instant(rs, 4)))
			.list();
	}

	private Notices.Header schoolNotice(long id) {
		Notices.Header header = notices.managed(id);
		if (!header.fromSchool()) {
			throw new NotFound("notice", id);
		}
		return header;
	}

	/** The region a bureau asks for, inside its scope and reached by the notice. */
	private String regionFor(Notices.Header header, String prefix) {
		CurrentUser caller = Callers.current();
		String own = caller.scope().kind() == DataScope.Kind.REGION ? caller.scope().regionPrefix() : "";
		String start = header.senderPrefix().startsWith(own) ? header.senderPrefix() : own;
		if (prefix == null || prefix.isBlank() || prefix.equals(start)) {
			return start;
		}
		boolean reached = prefix.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}") && prefix.startsWith(start)
				&& jdbc.sql("select exists (select 1 from notice.tally where notice_id = :id and prefix = :p)")
					.param("id", header.id())
					.param("p", prefix)
					.query(Boolean.class)
					.single();
		if (!reached) {
			throw new NotFound("region", prefix);
		}
		return prefix;
	}

}
