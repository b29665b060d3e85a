package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import cn.xiaoan.analytics.FiguresElsewhere;
import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.assessment.RankingElsewhere;
import cn.xiaoan.support.CityInstallation;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's screens that show 藤县's records forwarded by 梧州市 (ADR 0071): the accident
 * list and analysis, the acknowledgements, the bullying counts and the ranking each count
 * 藤县's records once — as the city, which keeps each once, counts them.
 */
final class ForwardedScreens {

	private final ConfigurableApplicationContext province;

	private final ConfigurableApplicationContext city;

	private final AssessmentPeriod quarter;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	ForwardedScreens(ConfigurableApplicationContext province, ConfigurableApplicationContext city,
			AssessmentPeriod quarter) {
		this.province = province;
		this.city = city;
		this.quarter = quarter;
	}

	void countEachOnce(long accident) {
		ExchangeManagement above = province.getBean(ExchangeManagement.class);
		ExchangeManagement middle = city.getBean(ExchangeManagement.class);
		List<MirroredAccident> accidents = tengxian(atProvince(() -> above.mirroredAccidents(500)));
		assertThat(accidents).filteredOn(a -> a.accidentId() == accident).hasSize(1);
		assertThat(accidents).extracting(MirroredAccident::accidentId).doesNotHaveDuplicates();
		assertThat(accidents).isEqualTo(tengxian(atCity(() -> middle.mirroredAccidents(500))));

		FiguresElsewhere above2 = province.getBean(FiguresBelow.class);
		FiguresElsewhere middle2 = city.getBean(FiguresBelow.class);
		long analysed = atProvince(() -> above2.accidents("45", today.minusYears(1), today)).stream()
			.filter(c -> c.source().equals("藤县"))
			.mapToLong(FiguresElsewhere.AccidentCount::accidents)
			.sum();
		assertThat(analysed).as("the accident analysis").isPositive();
		assertThat(analysed).isEqualTo(atCity(() -> middle2.accidents("4504", today.minusYears(1), today)).stream()
			.filter(c -> c.source().equals("藤县"))
			.mapToLong(FiguresElsewhere.AccidentCount::accidents)
			.sum());

		assertThat(atProvince(() -> above.acknowledgementsFromBelow(500))).as("梧州市's warning, acknowledged at 藤县")
			.singleElement()
			.satisfies(k -> {
				assertThat(k.peerName()).isEqualTo("藤县");
				assertThat(k.issuerName()).isEqualTo("梧州市");
			});

		List<MirroredBullyingCount> counts = atProvince(() -> above.bullyingCountsFromBelow(500));
		assertThat(counts).isNotEmpty()
			.allSatisfy(b -> assertThat(b.peerName()).isEqualTo("藤县"))
			.isEqualTo(atCity(() -> middle.bullyingCountsFromBelow(500)));

		RankingElsewhere ranking = province.getBean(ScoresBelow.class);
		List<Long> ranked = atProvince(() -> ranking.schools("45", quarter.from().getYear(), quarter.key())).stream()
			.filter(s -> s.source().equals("藤县"))
			.map(RankingElsewhere.School::schoolId)
			.toList();
		assertThat(ranked).isNotEmpty().doesNotHaveDuplicates();
		assertThat(ranked).containsExactlyInAnyOrderElementsOf(atCity(() -> city.getBean(ScoresBelow.class)
			.schools("4504", quarter.from().getYear(), quarter.key())
			.stream()
			.map(RankingElsewhere.School::schoolId)
			.toList()));
	}

	/** 桂林市's bureau, on the province's installation, sees none of it. */
	void aBureauOfAnotherCitySeesNone() {
		ExchangeManagement above = province.getBean(ExchangeManagement.class);
		assertThat(guilin(() -> above.mirroredAccidents(500))).isEmpty();
		assertThat(guilin(() -> above.acknowledgementsFromBelow(500))).isEmpty();
		assertThat(guilin(() -> above.bullyingCountsFromBelow(500))).isEmpty();
		assertThat(guilin(() -> province.getBean(FiguresBelow.class).accidents("4503", today.minusYears(1), today)))
			.isEmpty();
		assertThat(guilin(
				() -> province.getBean(ScoresBelow.class).schools("4503", quarter.from().getYear(), quarter.key())))
			.isEmpty();
	}

	private static List<MirroredAccident> tengxian(List<MirroredAccident> accidents) {
		return accidents.stream().filter(a -> a.peerName().equals("藤县")).toList();
	}

	private static <T> T atProvince(Supplier<T> call) {
		return CityInstallation.asBureau("450000", call);
	}

	private static <T> T atCity(Supplier<T> call) {
		return CityInstallation.asBureau("450400", call);
	}

	private static <T> T guilin(Supplier<T> call) {
		return CityInstallation.asBureau("450300", call);
	}

}
