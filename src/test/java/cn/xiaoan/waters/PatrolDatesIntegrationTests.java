package cn.xiaoan.waters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.TodoSource;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key patrol dates a bureau sets hold for every water below it, the way policy is
 * inherited down the region tree: 藤县's date holds for a water of 藤州镇 and makes its patrol
 * due; 藤州镇's own date does not hold for 塘步镇 next door, nor 藤县's for 苍梧县. Days are picked
 * far in the future so other tests' dates do not meet them.
 */
@PlatformTest
class PatrolDatesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	WatersManagement waters;

	@Autowired
	PatrolManagement patrols;

	@Autowired
	WatersTodos todos;

	private final LocalDate day = wednesday();

	private static LocalDate wednesday() {
		LocalDate d = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18000));
		return d.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
	}

	private long water(String user, String township, String name) {
		return demo.callAs(user,
				() -> waters
					.register(new RegisterWater(township, name + System.nanoTime() % 100000, WaterKind.RIVER,
							WaterRisk.HIGH, "110.93,23.38", "村委", "张三", "", 1, "", List.of()))
					.id());
	}

	private void schedule(long water, PatrolPeriod period, boolean weekendsOnly) {
		demo.callAs("tx_safety", () -> patrols.schedule(water,
				new ScheduleCommand(period, day.minusDays(20), day.plusDays(20), weekendsOnly, "巡河员", null)));
	}

	private void date(String user, String name, LocalDate from, LocalDate to) {
		demo.callAs(user, () -> patrols.setDate(new SetPatrolDate(name, from, to)));
	}

	private List<String> dueFor(String user, LocalDate on) {
		return demo.callAs(user, () -> todos.dueOn(Callers.current(), on, Locale.CHINA, 500))
			.stream()
			.map(TodoSource.Todo::href)
			.toList();
	}

	@Test
	void aCountysDateMakesThePatrolOfATownshipsWaterDueOnThatDayOnly() {
		long water = water("tx_safety", "450422100", "端午巡查河");
		schedule(water, PatrolPeriod.BUREAU_DATES, false);
		String link = "/waters/patrol?water=" + water;
		assertThat(dueFor("tzz_safety", day)).doesNotContain(link);

		date("tx_safety", "端午", day, day);

		assertThat(dueFor("tzz_safety", day)).contains(link);
		assertThat(dueFor("tzz_safety", day.plusDays(1))).doesNotContain(link);
		assertThat(demo.callAs("tzz_safety", () -> patrols.datesOf(water)))
			.anyMatch(d -> d.name().equals("端午") && d.inherited() && d.startsOn().equals(day));
	}

	@Test
	void aWeekendSchedulePatrolsOnTheBureausWeekdayDatesToo() {
		long water = water("tx_safety", "450422100", "周末巡查塘");
		schedule(water, PatrolPeriod.WEEKENDS, true);
		String link = "/waters/patrol?water=" + water;
		assertThat(dueFor("tzz_safety", day.plusDays(3))).as("a Saturday").contains(link);
		assertThat(dueFor("tzz_safety", day)).as("a Wednesday").doesNotContain(link);

		date("wz_safety", "汛期预警周", day, day.plusDays(1));

		assertThat(dueFor("tzz_safety", day)).as("a city's date holds two levels down").contains(link);
	}

	@Test
	void aDateHoldsBelowTheBureauThatSetItAndNowhereElse() {
		long tengzhou = water("tx_safety", "450422100", "藤州镇水库");
		long tangbu = water("tx_safety", "450422103", "塘步镇水库");
		long cangwu = water("cw_safety", "450421100", "石桥镇水库");
		String township = "镇级日期" + day;
		String county = "县级日期" + day;
		date("tzz_safety", township, day, day);
		date("tx_safety", county, day.plusDays(7), day.plusDays(9));

		assertThat(names(tengzhou)).contains(township, county);
		assertThat(names(tangbu)).contains(county).doesNotContain(township);
		assertThat(demo.callAs("cw_safety", () -> patrols.datesOf(cangwu))).extracting(PatrolDate::name)
			.doesNotContain(township, county);
		// the county sees the township's date (set below it); the township the county's
		// (inherited)
		assertThat(demo.callAs("tx_safety", () -> patrols.dates())).extracting(PatrolDate::name)
			.contains(township, county);
		assertThat(demo.callAs("tzz_safety", () -> patrols.dates()))
			.anyMatch(d -> d.name().equals(county) && d.inherited());
	}

	@Test
	void aTownshipCannotRemoveItsCountysDateAndAnotherCountyDoesNotSeeIt() {
		long id = demo.callAs("tx_safety", () -> patrols.setDate(new SetPatrolDate("防汛周" + day, day, day.plusDays(6))));
		assertThatThrownBy(() -> demo.callAs("tzz_safety", () -> {
			patrols.removeDate(id);
			return null;
		})).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("cw_safety", () -> {
			patrols.removeDate(id);
			return null;
		})).isInstanceOf(NotFound.class);
		assertThat(demo.callAs("cw_safety", () -> patrols.dates())).noneMatch(d -> d.id() == id);
		demo.callAs("tx_safety", () -> {
			patrols.removeDate(id);
			return null;
		});
		assertThat(demo.callAs("tx_safety", () -> patrols.dates())).noneMatch(d -> d.id() == id);
	}

	private List<String> names(long water) {
		return demo.callAs("tx_safety", () -> patrols.datesOf(water)).stream().map(PatrolDate::name).toList();
	}

}
