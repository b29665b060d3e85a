package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official holidays and make-up working days, a yearly table the administrator loads
 * from the State Council's notice (国办发明电); the migration ships 2025 and 2026. Other
 * modules count statutory working days with {@link #workingDays()}.
 */
@Service
@Transactional
public class HolidayCalendar {

	/** One day of the table. */
	public record Day(LocalDate day, boolean working, String name, String source) {

	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	HolidayCalendar(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The working-day calendar of every year loaded. */
	@Transactional(readOnly = true)
	public WorkingDays workingDays() {
		Map<LocalDate, Boolean> days = new HashMap<>();
		jdbc.sql("select day, working from schoolbus.calendar_day").query(rs -> {
			days.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2));
		});
		return new WorkingDays(days);
	}

	/** The days of a year that differ from the weekday rule. */
	@Transactional(readOnly = true)
	public List<Day> year(int year) {
		return jdbc
			.sql("select day, working, name, source from schoolbus.calendar_day"
					+ " where extract(year from day) = :y order by day")
			.param("y", year)
			.query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Sets one day: a holiday on a weekday or a make-up working day on a weekend (the
	 * administrator).
	 */
	public void set(LocalDate day, boolean working, String name, String source) {
		Callers.current().require(SchoolBusPermissions.CALENDAR);
		if (day == null || name == null || name.isBlank() || name.length() > 50) {
			throw new BusinessRuleViolation("name", "schoolbus.calendar.invalid");
		}
		jdbc.sql("""
				insert into schoolbus.calendar_day (day, working, name, source) values (:d, :w, :n, :s)
				on conflict (day) do update set working = :w, name = :n, source = :s""")
			.param("d", day)
			.param("w", working)
			.param("n", name.trim())
			.param("s", source == null ? "" : source.trim())
			.update();
		events.publishEvent(EntityChanged.updated("schoolbus_calendar", day, "", null, Map.of(),
				Map.of("working", working, "name", name.trim())));
	}

	/** Removes a day from the table: it follows the weekday rule again. */
	public void remove(LocalDate day) {
		Callers.current().require(SchoolBusPermissions.CALENDAR);
		jdbc.sql("delete from schoolbus.calendar_day where day = :d").param("d", day).update();
		events.publishEvent(
				new EntityChanged("schoolbus_calendar", String.valueOf(day), "DELETE", "", null, Map.of(), Map.of()));
	}

}
