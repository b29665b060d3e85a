package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.OpenHazardsWeek;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the mirror's open hazards by day (ADR 0075): the net change per region, Beijing
 * day and grade that the triggers of {@code exchange.mirrored_hazard} keep (+1 the day a
 * hazard was reported, −1 the day it was first verified or closed), so the hazards open
 * at the end of a day are the sum of the days up to it, and those open now the sum of
 * all. One grouped read of the scope's days, summed up here. The caller has checked the
 * scope.
 */
@Component
class MirrorOpenDays {

	private final JdbcClient jdbc;

	MirrorOpenDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The mirrored hazards below {@code prefix} open at the end of each of {@code days}
	 * (ascending), by grade; on {@code today}, those open now.
	 */
	List<OpenHazardsWeek> openAt(String prefix, List<LocalDate> days, LocalDate today) {
		long[][] open = new long[days.size()][3];
		long[] now = new long[3];
		jdbc.sql("select day, grade, sum(net) from exchange.mirror_open_days where region_code like :prefix || '%'"
				+ " group by 1, 2")
			.param("prefix", prefix)
			.query(rs -> {
				LocalDate day = rs.getObject(1, LocalDate.class);
				int grade = bucket(rs.getString(2));
				long net = rs.getLong(3);
				now[grade] += net;
				for (int i = 0; i < days.size(); i++) {
					if (!day.isAfter(days.get(i))) {
						open[i][grade] += net;
					}
				}
			});
		List<OpenHazardsWeek> series = new ArrayList<>(days.size());
		for (int i = 0; i < days.size(); i++) {
			long[] c = days.get(i).equals(today) ? now : open[i];
			series.add(new OpenHazardsWeek(days.get(i), c[0], c[1], c[2]));
		}
		return series;
	}

	/** Major, general, or not graded (also a grade this release does not know). */
	private static int bucket(String grade) {
		if (HazardGrade.MAJOR.name().equals(grade)) {
			return 0;
		}
		return HazardGrade.GENERAL.name().equals(grade) ? 1 : 2;
	}

}
