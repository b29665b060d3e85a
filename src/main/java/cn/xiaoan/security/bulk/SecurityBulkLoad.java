package cn.xiaoan.security.bulk;

import cn.xiaoan.security.Facilities;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Facilities for the data generators (no caller, no scope check; not reachable from a
 * request).
 */
@Component
public class SecurityBulkLoad {

	private final JdbcTemplate jdbc;

	SecurityBulkLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Facilities by school id; each school's region code is given alongside. */
	public void facilities(Map<Long, String> regionBySchool, Map<Long, Facilities> facilities) {
		jdbc.batchUpdate("""
				insert into security.school_facilities (school_id, region_code, closed_management, one_button_alarm,
				       alarm_linked_police, video_surveillance, video_linked_police, video_retention_days,
				       updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'demo')""", facilities.entrySet(), 1000, (ps, e) -> {
			Facilities f = e.getValue();
			ps.setLong(1, e.getKey());
			ps.setString(2, regionBySchool.get(e.getKey()));
			ps.setBoolean(3, f.closedManagement());
			ps.setBoolean(4, f.oneButtonAlarm());
			ps.setBoolean(5, f.alarmLinkedPolice());
			ps.setBoolean(6, f.videoSurveillance());
			ps.setBoolean(7, f.videoLinkedPolice());
			ps.setInt(8, f.videoRetentionDays());
		});
	}

}
