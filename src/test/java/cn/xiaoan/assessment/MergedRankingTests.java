package cn.xiaoan.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schools scored below placed among this platform's: every place is one plus the schools
 * of both with a higher total, ties share it with this platform's school listed first,
 * and the pages read from the two lists make exactly the whole ranking.
 */
class MergedRankingTests {

	private static final double[] LOCAL = { 95, 90, 90, 80, 70, 70, 60, 50, 40, 30 };

	private static final double[] BELOW = { 99, 90, 85, 70, 20 };

	@Test
	void everyPlaceIsOnePlusTheSchoolsOfBothWithAHigherTotalAndTiesListThisPlatformsFirst() {
		MergedRanking.Side now = new MergedRanking.Side(LOCAL, below(BELOW));
		List<RankedSchool> all = MergedRanking.all(local(), now, new MergedRanking.Side(new double[0], List.of()));
		assertThat(all).hasSize(LOCAL.length + BELOW.length);
		assertThat(all).extracting(RankedSchool::total)
			.containsExactly(99.0, 95.0, 90.0, 90.0, 90.0, 85.0, 80.0, 70.0, 70.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0);
		assertThat(all).allSatisfy(
				s -> assertThat(s.rank()).isEqualTo(1 + all.stream().filter(o -> o.total() > s.total()).count()));
		// on a tie this platform's schools come first
		assertThat(all.subList(2, 5)).extracting(RankedSchool::source).containsExactly(null, null, "below");
	}

	@Test
	void pagesOfAnySizeReadFromBothListsMakeExactlyTheWholeRanking() {
		MergedRanking.Side now = new MergedRanking.Side(LOCAL, below(BELOW));
		MergedRanking.Side none = new MergedRanking.Side(new double[0], List.of());
		List<RankedSchool> all = MergedRanking.all(local(), now, none);
		for (int size = 1; size <= 7; size++) {
			List<RankedSchool> paged = new ArrayList<>();
			for (long offset = 0; offset < all.size(); offset += size) {
				MergedRanking.Window w = MergedRanking.window(now, offset, size);
				List<MergedRanking.Local> rows = local().stream()
					.skip(w.localOffset())
					.limit(Math.max(0, w.localLimit()))
					.toList();
				paged.addAll(MergedRanking.page(w, offset, rows, now, none));
			}
			assertThat(paged).as("pages of %d", size).isEqualTo(all);
		}
	}

	@Test
	void movementCountsTheSchoolsFromBelowOfThePreviousPeriodToo() {
		MergedRanking.Side now = new MergedRanking.Side(new double[] { 80 }, below(new double[] { 90 }));
		MergedRanking.Side before = new MergedRanking.Side(new double[] { 70 }, below(new double[] { 60 }));
		List<MergedRanking.Local> local = List.of(new MergedRanking.Local(school(80, 1L), 70.0));
		List<RankedSchool> all = MergedRanking.all(local, now, before);
		assertThat(all).extracting(RankedSchool::rank, RankedSchool::previousRank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 1L));
	}

	@Test
	void aSchoolBelowCountsInTheBureauOfItsRegionOneLevelDown() {
		assertThat(MergedRanking.unit("450422103", "4504")).isEqualTo("450422");
		assertThat(MergedRanking.unit("450422103", "45")).isEqualTo("450400");
		assertThat(MergedRanking.unit("450422103", "")).isEqualTo("450000");
		assertThat(MergedRanking.unit("450422103", "450422")).isEqualTo("450422103");
		assertThat(MergedRanking.unit("450422", "450422")).isNull();
		List<RankedRegion> regions = MergedRanking.regions(
				List.of(new RankedRegion(1, null, "450403", "万秀区", 2, 80, null)),
				List.of(below(90, 1, "450422103"), below(70, 2, "450422104")), "4504", Map.of("450422", "藤县"),
				Map.of());
		assertThat(regions)
			.extracting(RankedRegion::code, RankedRegion::rank, RankedRegion::schools, RankedRegion::average,
					RankedRegion::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("450403", 1L, 2, 80.0, null),
					org.assertj.core.groups.Tuple.tuple("450422", 1L, 2, 80.0, "below"));
	}

	private static List<MergedRanking.Local> local() {
		List<MergedRanking.Local> rows = new ArrayList<>();
		for (int i = 0; i < LOCAL.length; i++) {
			double total = LOCAL[i];
			long rank = 1 + java.util.Arrays.stream(LOCAL).filter(t -> t > total).count();
			rows.add(new MergedRanking.Local(school(total, rank), null));
		}
		return rows;
	}

	private static RankedSchool school(double total, long rank) {
		return new RankedSchool(rank, rank, (long) total, "school " + total, "450403001", 0, 0, 0, 0, 0, 0, total,
				Map.of(), null);
	}

	private static List<RankingElsewhere.School> below(double[] totals) {
		List<RankingElsewhere.School> out = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			out.add(below(totals[i], 1000 + i, "450422103"));
		}
		return out;
	}

	private static RankingElsewhere.School below(double total, long id, String region) {
		return new RankingElsewhere.School("below", id, "below " + id, region, "scheme", total, 0, 0, 0, 0, 0, 0,
				List.of());
	}

}
