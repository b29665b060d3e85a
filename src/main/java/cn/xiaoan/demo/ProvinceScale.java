package cn.xiaoan.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.xiaoan.hazard.bulk.HazardBulkLoad;
import cn.xiaoan.hazard.bulk.HazardStory;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.org.bulk.OrgBulkLoad;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.shared.RegionCode;

/**
 * A province-sized ledger on top of the demo ({@code xiaoan.generate.province-schools},
 * {@code xiaoan.generate.hazards}): schools spread over every real county and township of
 * 广西 (the shipped division table), and hazards over the last three years, each told as
 * its steps and played through the hazard lifecycle rules, loaded by COPY in chunks of
 * 100,000 (each its own transaction). No students or staff: the scale is for ledgers and
 * statistics.
 */
final class ProvinceScale {

	private static final int CHUNK = 100_000;

	private final OrgBulkLoad org;

	private final HazardBulkLoad hazards;

	private final Random random = new Random(45_2026L);

	ProvinceScale(OrgBulkLoad org, HazardBulkLoad hazards) {
		this.org = org;
		this.hazards = hazards;
	}

	/**
	 * Answers the number of schools and hazards added. The regions are 广西's real ones,
	 * loaded with the demo from the shipped division table ({@code regions}).
	 */
	long[] generate(int schoolCount, int hazardCount, List<Region> regions, OffsetDateTime now) {
		List<String[]> counties = new ArrayList<>();
		Map<String, List<String>> townships = new HashMap<>();
		for (Region region : regions) {
			if (region.level() == RegionCode.Level.COUNTY) {
				String name = region.name();
				counties.add(new String[] { region.code(),
						name.length() > 2 ? name.substring(0, name.length() - 1) : name });
			}
			else if (region.level() == RegionCode.Level.TOWNSHIP) {
				townships.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region.code());
			}
		}
		List<SaveSchool> rows = new ArrayList<>();
		for (int i = 0; i < schoolCount; i++) {
			String[] county = counties.get(i % counties.size());
			int seq = i / counties.size();
			SchoolPlan plan = SchoolPlan.PLANS.get(seq % SchoolPlan.PLANS.size());
			List<String> ofCounty = townships.getOrDefault(county[0], List.of());
			String region = plan.inTownship() && !ofCounty.isEmpty() ? ofCounty.get(seq % ofCounty.size()) : county[0];
			int students = plan.students();
			rows.add(new SaveSchool("3" + county[0] + String.format("%03d", seq),
					county[1] + (seq + 1) + plan.nameSuffix(), plan.type(), region, "广西" + county[1] + (seq + 1) + "号",
					"0771-" + (5000000 + i), plan.boarders() > 0, students, plan.boarders(),
					Math.max(5, students / plan.staffRatio())));
		}
		List<Long> schools = new ArrayList<>();
		List<String> regionOf = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += 5000) {
			List<SaveSchool> chunk = rows.subList(from, Math.min(rows.size(), from + 5000));
			Map<String, Long> ids = org.schools(chunk);
			for (SaveSchool s : chunk) {
				schools.add(ids.get(s.code()));
				regionOf.add(s.regionCode());
			}
		}
		long loaded = 0;
		for (int from = 0; from < hazardCount; from += CHUNK) {
			List<HazardStory> chunk = new ArrayList<>(CHUNK);
			for (int i = from; i < Math.min(hazardCount, from + CHUNK); i++) {
				int s = random.nextInt(schools.size());
				chunk.add(hazard(schools.get(s), regionOf.get(s), now));
			}
			loaded += hazards.stories(chunk, now);
		}
		hazards.analyze();
		return new long[] { schools.size(), loaded };
	}

	/**
	 * Found on a day of the last three years; most older ones closed within their
	 * deadline, a few left open (some overdue), recent ones at every stage.
	 */
	HazardStory hazard(long school, String region, OffsetDateTime now) {
		DemoHazards.Kind kind = DemoHazards.KINDS.get(random.nextInt(DemoHazards.KINDS.size()));
		int age = random.nextInt(3 * 365);
		boolean major = kind.grade() == HazardGrade.MAJOR;
		int roll = random.nextInt(100);
		DemoHazardStory story = new DemoHazardStory(school, region, kind,
				roll % 3 == 0 ? HazardSource.AD_HOC : HazardSource.INSPECTION);
		if (age > (major ? 40 : 12) && (age > 60 ? roll < 99 : roll < age * 3 / 2)) {
			story.closed(now, random, !major && roll % 4 == 0, age);
		}
		else if (age < 3) {
			story.found(now.minusHours(2 + random.nextInt(60)));
		}
		else if (major) {
			story.majorUnderWay(now, random, roll % 2 == 0);
		}
		else if (roll % 5 == 0) {
			story.overdue(now, random);
		}
		else {
			story.generalUnderWay(now, random, roll % 5);
		}
		return story.told();
	}

}
