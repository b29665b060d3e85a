package cn.xiaoan.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This platform's ranked schools and bureaus with those another installation scored
 * (四级联网): every place is one plus the number of schools (or bureaus) of both with a
 * higher total (average), so ties share a place as in the local ranking; on a tie this
 * platform's school is listed first. The local rows keep coming ranked and paged from the
 * materialised scores; only the few schools from below are placed among them.
 */
final class MergedRanking {

	private MergedRanking() {
	}

	/** A local school as read, with its total of the previous period (null: unranked). */
	record Local(RankedSchool school, Double previousTotal) {
	}

	/**
	 * The local totals of a ranking, best first, and the schools from below, best first.
	 */
	record Side(double[] local, List<RankingElsewhere.School> below) {

		/** How many schools of both have a total above {@code total}. */
		long above(double total) {
			return greater(local, total) + below.stream().filter(s -> s.total() > total).count();
		}

		/** The place of a school with this total among both. */
		long rank(double total) {
			return 1 + above(total);
		}

	}

	/**
	 * The merged places of one page, {@code offset} places in: which local rows to read
	 * ({@code localOffset}, {@code localLimit}) and where the schools from below sit.
	 */
	record Window(long localOffset, int localLimit, Map<Long, Integer> below) {
	}

	static Window window(Side now, long offset, int size) {
		Map<Long, Integer> inWindow = new LinkedHashMap<>();
		long before = 0;
		for (int i = 0; i < now.below().size(); i++) {
			// after every local school with at least its total and the ones from below
			// before it
			long position = atOrAbove(now.local(), now.below().get(i).total()) + i;
			if (position < offset) {
				before++;
			}
			else if (position < offset + size) {
				inWindow.put(position, i);
			}
		}
		return new Window(offset - before, size - inWindow.size(), inWindow);
	}

	/** The page: local rows and schools from below at their places. */
	static List<RankedSchool> page(Window window, long offset, List<Local> local, Side now, Side previous) {
		List<RankedSchool> out = new ArrayList<>();
		int next = 0;
		int total = local.size() + window.below().size();
		while (out.size() < total) {
			Integer below = window.below().get(offset + out.size());
			if (below == null && next < local.size()) {
				out.add(local(local.get(next++), now, previous));
			}
			else if (below != null) {
				out.add(below(now.below().get(below), now, previous));
			}
			else {
				break;
			}
		}
		return out;
	}

	/** Every school of both, in order. */
	static List<RankedSchool> all(List<Local> local, Side now, Side previous) {
		List<RankedSchool> out = new ArrayList<>();
		int next = 0;
		for (RankingElsewhere.School s : now.below()) {
			while (next < local.size() && local.get(next).school().total() >= s.total()) {
				out.add(local(local.get(next++), now, previous));
			}
			out.add(below(s, now, previous));
		}
		while (next < local.size()) {
			out.add(local(local.get(next++), now, previous));
		}
		return out;
	}

	private static RankedSchool local(Local row, Side now, Side previous) {
		RankedSchool s = row.school();
		long lower = now.below().stream().filter(b -> b.total() > s.total()).count();
		Long before = s.previousRank() == null || row.previousTotal() == null ? s.previousRank()
				: s.previousRank() + previous.below().stream().filter(b -> b.total() > row.previousTotal()).count();
		return s.at(s.rank() + lower, before);
	}

	private static RankedSchool below(RankingElsewhere.School s, Side now, Side previous) {
		Long before = previous.below()
			.stream()
			.filter(p -> p.source().equals(s.source()) && p.schoolId() == s.schoolId())
			.findFirst()
			.map(p -> previous.rank(p.total()))
			.orElse(null);
		return RankedSchool.of(s, now.rank(s.total()), before);
	}

	/**
	 * The bureaus one level below {@code prefix} with the schools from below counted into
	 * their averages; {@code previous} the places of the period before by code.
	 */
	static List<RankedRegion> regions(List<RankedRegion> local, List<RankingElsewhere.School> below, String prefix,
			Map<String, String> names, Map<String, Long> previous) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		Map<String, String> named = new HashMap<>();
		Map<String, String> sources = new HashMap<>();
		for (RankedRegion r : local) {
			sums.put(r.code(), new double[] { r.schools(), r.average() * r.schools() });
			named.put(r.code(), r.name());
		}
		for (RankingElsewhere.School s : below) {
			String unit = unit(s.regionCode(), prefix);
			if (unit != null) {
				double[] sum = sums.computeIfAbsent(unit, k -> new double[2]);
				sum[0]++;
				sum[1] += s.total();
				sources.put(unit, s.source());
				named.putIfAbsent(unit, names.getOrDefault(unit, s.source()));
			}
		}
		List<Map.Entry<String, Double>> averages = sums.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), Math.round(e.getValue()[1] / e.getValue()[0] * 100) / 100.0))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
		List<RankedRegion> out = new ArrayList<>();
		for (Map.Entry<String, Double> e : averages) {
			long rank = 1 + averages.stream().filter(o -> o.getValue() > e.getValue()).count();
			out.add(new RankedRegion(rank, previous.get(e.getKey()), e.getKey(), named.get(e.getKey()),
					(int) sums.get(e.getKey())[0], e.getValue(), sources.get(e.getKey())));
		}
		out.sort(Comparator.comparingLong(RankedRegion::rank).thenComparing(RankedRegion::code));
		return out;
	}

	/**
	 * The region one level below {@code prefix} a school's region code lies in, as the
	 * kept ranks group them (provinces, cities, counties, townships); null for a school
	 * directly under the county.
	 */
	static String unit(String regionCode, String prefix) {
		int digits = prefix.length() + 2;
		if (prefix.length() < 6) {
			return regionCode.length() < digits ? null : (regionCode.substring(0, digits) + "000000").substring(0, 6);
		}
		return prefix.length() == 6 && regionCode.length() == 9 ? regionCode : null;
	}

	/** How many of the totals (best first) are above {@code total}. */
	static int greater(double[] descending, double total) {
		int lo = 0;
		int hi = descending.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (descending[mid] > total) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** How many of the totals (best first) are at or above {@code total}. */
	static int atOrAbove(double[] descending, double total) {
		int lo = 0;
		int hi = descending.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (descending[mid] >= total) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

}
