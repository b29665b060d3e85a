package cn.xiaoan.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school a form names, found by part of its name or code among the caller's schools.
 * Forms offered a province's 20,000 schools as one list of megabytes; now a bureau with
 * more than {@link #LIST_UP_TO} schools types and picks, and a small county keeps its
 * list (ADR 0074). Only staff of a bureau or a school search (students, parents and
 * accounts without school data are refused), and only within their scope.
 */
@Service
@Transactional(readOnly = true)
public class SchoolSearch {

	/** Up to this many schools in scope, a form keeps its plain list. */
	public static final int LIST_UP_TO = 50;

	/** A search answers at most this many schools besides those already chosen. */
	public static final int MATCHES = 20;

	/**
	 * Fewer characters than this find nothing (two characters of a name narrow enough).
	 */
	public static final int MIN_CHARS = 2;

	private static final String SELECT = """
			select s.id, s.code, s.name,
			       case when r.level = 'TOWNSHIP' and p.name is not null then p.name || ' · ' || r.name else r.name end
			from org.school s join org.region r on r.code = s.region_code left join org.region p on p.code = r.parent_code
			""";

	private static final String SCOPE = """
			where s.region_code like :prefix || '%' and (cast(:schoolId as bigint) is null or s.id = :schoolId)
			""";

	private final JdbcClient jdbc;

	SchoolSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How a form offers the school to the caller, {@code chosen} (an id, ids, or the text
	 * of one as a refused form sends it back; none for a fresh form) marked as chosen:
	 * the caller's own school, the list of the scope (one bounded count decides), or the
	 * chosen schools of the scope for a search.
	 */
	public SchoolField field(Object chosen) {
		CurrentUser caller = caller();
		Set<Long> ids = ids(chosen);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			return new SchoolField(SchoolField.Mode.FIXED, rows(scope), ids);
		}
		long upTo = jdbc.sql("select count(*) from (select 1 from org.school s " + SCOPE + " limit :n) x")
			.param("prefix", scope.sqlRegionPrefix())
			.param("schoolId", scope.sqlSchoolId())
			.param("n", LIST_UP_TO + 1)
			.query(Long.class)
			.single();
		if (upTo <= LIST_UP_TO) {
			return new SchoolField(SchoolField.Mode.LIST, rows(scope), ids);
		}
		return new SchoolField(SchoolField.Mode.SEARCH, chosen(scope, ids), ids);
	}

	/**
	 * The chosen schools of the scope first, then up to {@link #MATCHES} others whose
	 * name or code holds the text: an exact code, then names and codes that begin with
	 * it, then names that contain it, codes in their order, names shorter first. Text
	 * shorter than {@link #MIN_CHARS} finds nothing but the chosen.
	 */
	public List<SchoolChoice> matching(String text, Collection<Long> chosen) {
		DataScope scope = caller().scope();
		Set<Long> ids = ids(chosen);
		List<SchoolChoice> found = new ArrayList<>(chosen(scope, ids));
		String t = text == null ? "" : text.strip();
		if (t.length() > 50) {
			t = t.substring(0, 50);
		}
		if (t.codePointCount(0, t.length()) < MIN_CHARS) {
			return found;
		}
		String like = t.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		found.addAll(jdbc.sql(SELECT + SCOPE + """
				  and not (s.id = any(:chosen))
				  and (lower(s.name) like '%' || :t || '%' escape '\\' or s.code like :t || '%' escape '\\')
				order by case when s.code = :exact then 0
				              when lower(s.name) like :t || '%' escape '\\' or s.code like :t || '%' escape '\\' then 1
				              else 2 end,
				         case when s.code like :t || '%' escape '\\' then s.code end, length(s.name), s.name, s.code
				limit :n""")
			.param("prefix", scope.sqlRegionPrefix())
			.param("schoolId", scope.sqlSchoolId())
			.param("chosen", ids.toArray(Long[]::new))
			.param("t", like)
			.param("exact", t)
			.param("n", MATCHES)
			.query(SchoolSearch::choice)
			.list());
		return found;
	}

	private static CurrentUser caller() {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		if (caller.scope().kind() == DataScope.Kind.SELF) {
			throw new AccessDenied("school search");
		}
		return caller;
	}

	private List<SchoolChoice> chosen(DataScope scope, Set<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<SchoolChoice> rows = jdbc.sql(SELECT + SCOPE + " and s.id = any(:ids)")
			.param("prefix", scope.sqlRegionPrefix())
			.param("schoolId", scope.sqlSchoolId())
			.param("ids", ids.toArray(Long[]::new))
			.query(SchoolSearch::choice)
			.list();
		// in the order they were chosen
		List<Long> order = List.copyOf(ids);
		return rows.stream().sorted(java.util.Comparator.comparingInt(s -> order.indexOf(s.id()))).toList();
	}

	private List<SchoolChoice> rows(DataScope scope) {
		return jdbc.sql(SELECT + SCOPE + " order by s.code")
			.param("prefix", scope.sqlRegionPrefix())
			.param("schoolId", scope.sqlSchoolId())
			.query(SchoolSearch::choice)
			.list();
	}

	private static SchoolChoice choice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SchoolChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
	}

	/**
	 * The ids a form chose: a number, numbers, or text as a form sends them back;
	 * anything else is no choice.
	 */
	static Set<Long> ids(Object chosen) {
		Set<Long> ids = new LinkedHashSet<>();
		if (chosen instanceof Collection<?> many) {
			many.forEach(one -> ids.addAll(ids(one)));
		}
		else if (chosen instanceof Number n) {
			ids.add(n.longValue());
		}
		else if (chosen instanceof String s) {
			for (String part : s.split(",")) {
				if (part.strip().matches("\\d{1,18}")) {
					ids.add(Long.parseLong(part.strip()));
				}
			}
		}
		return ids;
	}

}
