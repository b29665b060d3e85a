package cn.xiaoan.duty;

import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing figures of every school of a region in one grouped query — the same counts
 * as the signing-rate page ({@link DutyRates}) — for modules that score schools
 * (assessment, 督导考核). Signing runs by school year, so the figures are of the running one
 * whatever period asks; a school absent has nobody holding a post.
 */
@Service
@Transactional(readOnly = true)
public class SigningFiguresBySchool {

	private final JdbcClient jdbc;

	private final SchoolYears years;

	SigningFiguresBySchool(JdbcClient jdbc, SchoolYears years) {
		this.jdbc = jdbc;
		this.years = years;
	}

	/** The schools under {@code regionPrefix}, which the caller's scope must cover. */
	public List<SchoolSigningFigures> of(String regionPrefix) {
		DataScope scope = Callers.current().require(DutyManagement.DUTY_OVERSEE).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc.sql("""
				select school_id, count(*) filter (where version <> ''),
				       count(*) filter (where version <> '' and signed_version = version and signed_at >= :start)
				from duty.holder where region_code like :p || '%' group by school_id""")
			.param("p", regionPrefix)
			.param("start", years.start(RegionCode.fromPrefix(regionPrefix).value()))
			.query((rs, n) -> new SchoolSigningFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

}
