package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.homework.Campaigns;
import cn.xiaoan.education.rates.CampaignRates;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SchoolPeriod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign figures of every school of a region over a period, for modules that score
 * schools (assessment, 督导考核) and must not read the education tables: each campaign that
 * ran during the period (started by its end, ended after its start) and reaches the
 * region adds its targeted classes' figures, one grouped query per campaign over the
 * tallies the campaign page reads.
 */
@Service
@Transactional(readOnly = true)
public class CampaignFiguresBySchool {

	private final Campaigns campaigns;

	private final CampaignRates rates;

	private final OrgManagement org;

	CampaignFiguresBySchool(Campaigns campaigns, CampaignRates rates, OrgManagement org) {
		this.campaigns = campaigns;
		this.rates = rates;
		this.org = org;
	}

	/**
	 * The schools under {@code regionPrefix} (which the caller's scope must cover) that a
	 * campaign of the period targets; a school absent was targeted by none.
	 */
	public List<SchoolCampaignFigures> of(String regionPrefix, LocalDate from, LocalDate to) {
		DataScope scope = Callers.current().require(Permission.EDUCATION_STATS).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		Map<Long, int[]> sums = new HashMap<>();
		for (Campaign c : ranDuring(regionPrefix, from, to)) {
			rates.bySchool(c, regionPrefix).forEach((school, f) -> {
				int[] sum = sums.computeIfAbsent(school, k -> new int[4]);
				for (int k = 0; k < 4; k++) {
					sum[k] += f[k];
				}
			});
		}
		return sums.entrySet()
			.stream()
			.map(e -> new SchoolCampaignFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
					e.getValue()[3]))
			.toList();
	}

	/**
	 * The list behind a school's figures: each campaign of the period (as {@link #of}
	 * counts them) that targets the school, with the school's own figures. The school
	 * must lie in the caller's scope: another is not found.
	 */
	public SchoolCampaigns campaignsOf(long schoolId, LocalDate from, LocalDate to) {
		Callers.current().require(Permission.EDUCATION_STATS);
		SchoolSummary school = org.school(schoolId);
		SchoolPeriod filter = new SchoolPeriod(school.id(), school.name(), from, to);
		String within = RegionCode.of(school.regionCode()).prefix();
		List<SchoolCampaigns.Row> rows = new ArrayList<>();
		for (Campaign c : ranDuring(within, filter.firstDay(), filter.lastDay())) {
			int[] f = rates.bySchool(c, within).get(schoolId);
			if (f != null) {
				rows.add(new SchoolCampaigns.Row(c, f[0], f[1], f[2], f[3]));
			}
		}
		return new SchoolCampaigns(filter, rows);
	}

	/**
	 * The campaigns the caller sees that ran during the days (started by the last, ended
	 * after the first) and reach the region or lie within it; not a withdrawn one, which
	 * was issued by mistake (ADR 0070).
	 */
	private List<Campaign> ranDuring(String regionPrefix, LocalDate from, LocalDate to) {
		return campaigns.campaigns().stream().filter(c -> {
			String prefix = RegionCode.of(c.regionCode()).prefix();
			boolean reaches = prefix.startsWith(regionPrefix) || regionPrefix.startsWith(prefix);
			return reaches && !c.withdrawn() && !c.startsOn().isAfter(to) && !c.lastDay().isBefore(from);
		}).toList();
	}

}
