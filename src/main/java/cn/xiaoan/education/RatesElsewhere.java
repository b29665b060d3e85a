package cn.xiaoan.education;

import java.util.List;
import java.util.Map;

/**
 * The schools of another installation that a campaign issued here reached (四级联网: a county
 * running its own installation below this city's), with their counts as last sent from
 * there; a campaign's rates page adds them to its totals and lists them, read-only, with
 * where they come from, and its trend adds what they did each day. Implemented by the
 * module that receives them, so education names none of its tables and does not depend on
 * it; without such a module there are none. An implementation checks the caller's
 * permission and region itself (ADR 0069, 0079).
 */
public interface RatesElsewhere {

	/**
	 * A school kept elsewhere: {@code source} names its installation, {@code key} tells
	 * it from a school of the same id in another installation; {@code daily} whether its
	 * installation sent what each day added (a previous release sends totals only).
	 */
	record School(String source, String key, String name, String regionCode, Map<String, String> regionNames,
			int classes, int classesAssigned, int targeted, int participated, int completed, int took, int passed,
			int parentDone, int parentAsked, boolean daily) {

		public School {
			regionNames = Map.copyOf(regionNames);
		}

	}

	/** The schools of the campaign below {@code regionPrefix} kept elsewhere. */
	List<School> schools(long campaignId, String regionPrefix);

	/**
	 * What the schools of the campaign below {@code regionPrefix} kept elsewhere added
	 * each day, summed per day, of those that sent their days ({@link School#daily()});
	 * in order of day.
	 */
	default List<DailyCount> days(long campaignId, String regionPrefix) {
		return List.of();
	}

}
