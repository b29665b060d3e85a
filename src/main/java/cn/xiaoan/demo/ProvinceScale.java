package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.xiaoan.hazard.bulk.HazardBulkLoad;
import cn.xiaoan.hazard.bulk.HazardBulkLoad.GeneratedHazard;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.org.bulk.OrgBulkLoad;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.shared.RegionCode;

/**
 * A province-sized ledger on top of the demo ({@code xiaoan.generate.province-schools},
 * {@code xiaoan.generate.hazards}): 广西's other cities with generated counties and
 * townships, schools spread over every county of 广西 (梧州's real ones included), and
 * hazards over the last three years, loaded by COPY in chunks of 100,000 (each its own
 * transaction). No students or staff: the scale is for ledgers and statistics.
 */
final class ProvinceScale {

	private static final String[][] CITIES = { { "4501", "南宁市" }, { "4502", "柳州市" }, { "4503", "桂林市" },
			{ "4505", "北海市" }, { "4506", "防城港市" }, { "4507", "钦州市" }, { "4508", "贵港市" }, { "4509", "玉林市" },
			{ "4510", "百色市" }, { "4511", "贺州市" }, { "4512", "河池市" }, { "4513", "来宾市" }, { "4514", "崇左市" } };

	private static final String SYLLABLES = "安平宁江山河阳新兴福隆昌华泰永德丰和清源龙凤南北东西中上下石桥林溪湖岭";

	private static final int CHUNK = 100_000;

	private final OrgBulkLoad org;

	private final HazardBulkLoad hazards;

	private final Random random = new Random(45_2026L);

	ProvinceScale(OrgBulkLoad org, HazardBulkLoad hazards) {
		this.org = org;
		this.hazards = hazards;
	}

	/** Answers the number of schools and hazards added. */
	long[] generate(int schoolCount, int hazardCount, LocalDate today) {
		List<Region> regions = new ArrayList<>();
		List<String[]> counties = new ArrayList<>();
		for (DemoRegions.County county : DemoRegions.COUNTIES) {
			if (county.code().startsWith("45")) {
				counties.add(new String[] { county.code(), county.shortName() });
			}
		}
		for (String[] city : CITIES) {
			regions.add(new Region(city[0] + "00", city[1], RegionCode.Level.CITY, "450000"));
			for (int c = 1; c <= 8; c++) {
				String name = name(2);
				String code = city[0] + (20 + c);
				regions.add(new Region(code, name + "县", RegionCode.Level.COUNTY, city[0] + "00"));
				counties.add(new String[] { code, name });
			}
		}
		for (String[] county : counties) {
			for (int t = 0; t < 3; t++) {
				regions.add(new Region(county[0] + (100 + t), name(2) + "镇", RegionCode.Level.TOWNSHIP, county[0]));
			}
		}
		org.regions(regions);
		List<SaveSchool> rows = new ArrayList<>();
		for (int i = 0; i < schoolCount; i++) {
			String[] county = counties.get(i % counties.size());
			int seq = i / counties.size();
			SchoolPlan plan = SchoolPlan.PLANS.get(seq % SchoolPlan.PLANS.size());
			String region = plan.inTownship() ? county[0] + (100 + seq % 3) : county[0];
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
			List<GeneratedHazard> chunk = new ArrayList<>(CHUNK);
			for (int i = from; i < Math.min(hazardCount, from + CHUNK); i++) {
				int s = random.nextInt(schools.size());
				chunk.add(hazard(schools.get(s), regionOf.get(s), today));
			}
			loaded += hazards.hazards(chunk);
		}
		hazards.analyze();
		return new long[] { schools.size(), loaded };
	}

	/**
	 * Found on a day of the last three years; most older ones closed within their
	 * deadline, a few left open (some overdue), recent ones at every stage.
	 */
	private GeneratedHazard hazard(long school, String region, LocalDate today) {
		DemoHazards.Kind kind = DemoHazards.KINDS.get(random.nextInt(DemoHazards.KINDS.size()));
		int age = random.nextInt(3 * 365);
		OffsetDateTime found = today.minusDays(age)
			.atTime(8 + random.nextInt(10), random.nextInt(60))
			.atOffset(ZoneOffset.ofHours(8));
		boolean major = kind.grade() == HazardGrade.MAJOR;
		LocalDate deadline = found.toLocalDate().plusDays(major ? 30 : 7);
		int roll = random.nextInt(100);
		HazardStatus status;
		if (age > 60 ? roll < 99 : roll < age * 3 / 2) {
			status = roll % 25 == 0 ? HazardStatus.VERIFIED : HazardStatus.CLOSED;
		}
		else if (age < 3) {
			status = HazardStatus.REPORTED;
		}
		else {
			HazardStatus[] open = { HazardStatus.REGISTERED, HazardStatus.GRADED, HazardStatus.RECTIFYING,
					HazardStatus.RECTIFYING, HazardStatus.AWAITING_VERIFICATION };
			status = open[roll % open.length];
		}
		OffsetDateTime closed = status == HazardStatus.CLOSED
				? found.plusHours(random.nextInt(24 * (major ? 28 : 8)) + 6L).withMinute(random.nextInt(60)) : null;
		boolean overdue = status.open() && deadline.isBefore(today);
		return new GeneratedHazard(school, region, kind.title(), kind.category(),
				roll % 3 == 0 ? HazardSource.AD_HOC : HazardSource.INSPECTION,
				status == HazardStatus.REPORTED ? null : kind.grade(), status, 0, "安全办", found,
				status == HazardStatus.REPORTED ? null : deadline, closed, overdue ? "COUNTY" : "SCHOOL");
	}

	private String name(int length) {
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < length; i++) {
			name.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
		}
		return name.toString();
	}

}
