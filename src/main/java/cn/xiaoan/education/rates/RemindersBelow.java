package cn.xiaoan.education.rates;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import cn.xiaoan.education.Rates;
import cn.xiaoan.education.RatesElsewhere;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools behind that live on the installations below a region unit (ADR 0084), as
 * their figures were last counted there: what a bureau's one-click reminder asks those
 * installations to remind, and what the page lists in place of their pupils, whose names
 * never come up. The ask is held back as a reminder here is: once a unit's reminder asked
 * below, another of the same kind (or one of the schools not assigned after one of all
 * behind) asks again only after {@code REMINDER_MIN_INTERVAL_HOURS}; each installation
 * below also holds back each of its schools by its own claim.
 */
@Component
class RemindersBelow {

	/** How many mirrored schools behind, and on which installations. */
	record Asked(int schools, List<String> sources) {

		static final Asked NONE = new Asked(0, List.of());

	}

	private final RatesBelow below;

	private final JdbcClient jdbc;

	RemindersBelow(RatesBelow below, JdbcClient jdbc) {
		this.below = below;
		this.jdbc = jdbc;
	}

	/**
	 * The mirrored schools within a region unit that are behind (not every targeted
	 * student completed) or, with {@code onlyUnassigned}, have assigned it to no class —
	 * as {@link TargetedRates#schoolsBehind} tells a local school.
	 */
	Asked behind(long campaignId, String unit, boolean onlyUnassigned) {
		return asked(below.within(campaignId, unit), onlyUnassigned);
	}

	/** How many schools below a reminder of each kind would ask about now. */
	record Pending(int behind, int unassigned) {
	}

	/**
	 * What a reminder of each kind would ask below now: schools behind and schools not
	 * assigned, none of a kind while held back.
	 */
	Pending pending(long campaignId, String unit, int minHours) {
		List<RatesElsewhere.School> schools = below.within(campaignId, unit);
		if (schools.isEmpty()) {
			return new Pending(0, 0);
		}
		return new Pending(
				heldSince(campaignId, unit, CampaignReminders.Kind.BEHIND, minHours) != null ? 0
						: asked(schools, false).schools(),
				heldSince(campaignId, unit, CampaignReminders.Kind.UNASSIGNED, minHours) != null ? 0
						: asked(schools, true).schools());
	}

	/**
	 * When a reminder of the unit that asked below holds back asking again: one of the
	 * same kind, or of all schools behind for one of those not assigned; null when none
	 * within {@code minHours}.
	 */
	OffsetDateTime heldSince(long campaignId, String unit, CampaignReminders.Kind kind, int minHours) {
		String[] kinds = kind == CampaignReminders.Kind.UNASSIGNED ? new String[] { "BEHIND", "UNASSIGNED" }
				: new String[] { kind.name() };
		return jdbc.sql("""
				select max(sent_at) from education.reminder_log
				where campaign_id = :c and unit = :u and asked_below > 0 and kind = any(:kinds)
				  and sent_at > now() - make_interval(hours => :hours)""")
			.param("c", campaignId)
			.param("u", unit)
			.param("kinds", kinds)
			.param("hours", minHours)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The mirrored schools within a region unit that have not finished, school by school
	 * (未完成, as the rates rows count them); none for a school or class.
	 */
	List<Rates.SchoolBehindBelow> schools(long campaignId, String unit) {
		return below.within(campaignId, unit)
			.stream()
			.filter(behind(false))
			.map(s -> new Rates.SchoolBehindBelow(s.name(),
					s.regionNames().getOrDefault(s.regionCode().substring(0, 6), ""), s.source(), s.targeted(),
					s.completed()))
			.toList();
	}

	private static Asked asked(List<RatesElsewhere.School> schools, boolean onlyUnassigned) {
		Set<String> sources = new LinkedHashSet<>();
		int n = 0;
		for (RatesElsewhere.School s : schools) {
			if (behind(onlyUnassigned).test(s)) {
				n++;
				sources.add(s.source());
			}
		}
		return n == 0 ? Asked.NONE : new Asked(n, List.copyOf(sources));
	}

	private static Predicate<RatesElsewhere.School> behind(boolean onlyUnassigned) {
		return s -> s.completed() < s.targeted() && (!onlyUnassigned || s.classesAssigned() == 0);
	}

}
