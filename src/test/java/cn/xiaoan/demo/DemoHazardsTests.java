package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardReplay;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.bulk.HazardStory;
import cn.xiaoan.hazard.bulk.HazardStory.Act;
import cn.xiaoan.hazard.bulk.HazardStory.Step;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's hazard stories go through the lifecycle rules: every one plays, at any hour
 * of the day the demo is started, and a story the rules refuse does not load.
 */
class DemoHazardsTests {

	@Test
	void everyDemoHazardPlaysThroughTheRulesWhateverTheHourOfStart() {
		OffsetDateTime day = OffsetDateTime.parse("2026-11-30T00:05:00+08:00");
		for (int hour = 0; hour < 24; hour += 5) {
			OffsetDateTime now = day.plusHours(hour);
			List<HazardStory> stories = DemoHazards.of(schools(), 3, now, new Random(hour));
			assertThat(stories).hasSize(6 * 24);
			long id = 1;
			List<String> states = new ArrayList<>();
			for (HazardStory story : stories) {
				HazardStory.Played played = HazardReplay.play(id++, story, now);
				assertThat(played.history()).allSatisfy(line -> assertThat(line.at()).isBeforeOrEqualTo(now));
				states.add(played.status());
			}
			assertThat(states).contains("REPORTED", "GRADED", "RECTIFYING", "AWAITING_VERIFICATION", "VERIFIED",
					"CLOSED");
		}
	}

	@Test
	void theProvinceScaleHazardsOfThreeYearsPlayThroughTheRules() {
		ProvinceScale province = new ProvinceScale(null, null);
		OffsetDateTime now = OffsetDateTime.parse("2026-11-30T07:40:00+08:00");
		List<String> states = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			HazardStory.Played played = HazardReplay.play(i + 1, province.hazard(i, "450422100", now), now);
			assertThat(played.history()).allSatisfy(line -> assertThat(line.at()).isBeforeOrEqualTo(now));
			states.add(played.status());
		}
		assertThat(states).contains("REPORTED", "GRADED", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED");
		assertThat(states.stream().filter("CLOSED"::equals).count()).isGreaterThan(4000);
	}

	@Test
	void aSupervisedHazardCarriesItsNoticeAndTheOverdueOnesRiseALevel() {
		OffsetDateTime now = OffsetDateTime.parse("2026-11-30T10:00:00+08:00");
		List<HazardStory.Played> played = new ArrayList<>();
		long id = 1;
		for (HazardStory story : DemoHazards.of(schools(), 3, now, new Random(1))) {
			played.add(HazardReplay.play(id++, story, now));
		}
		assertThat(played).filteredOn(p -> p.listing() != null)
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.listing().noticeNo()).startsWith("督办〔2026〕YH"));
		assertThat(played).filteredOn(p -> !p.escalations().isEmpty())
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.escalationLevel()).isNotEqualTo("SCHOOL"));
	}

	@Test
	void aMajorHazardCannotStartRectificationWithoutItsPlan() {
		OffsetDateTime found = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
		HazardStory story = story(found, Step.of(Act.REGISTER, found.plusHours(1), -1, "安全办"),
				Step.grade(found.plusHours(2), -1, "安全办", HazardGrade.MAJOR, found.toLocalDate().plusDays(30)),
				Step.of(Act.START, found.plusHours(3), -2, "总务处"));
		assertThatThrownBy(() -> HazardReplay.play(1, story, found.plusDays(5))).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				v -> assertThat(v.fieldErrors()).containsEntry("plan", "hazard.plan.required"));
	}

	@Test
	void aStepAfterNowOrBeforeTheOneBeforeItIsRefused() {
		OffsetDateTime found = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
		HazardStory later = story(found, Step.of(Act.REGISTER, found.plusDays(2), -1, "安全办"));
		assertThatThrownBy(() -> HazardReplay.play(1, later, found.plusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
		HazardStory backwards = story(found, Step.of(Act.REGISTER, found.minusHours(1), -1, "安全办"));
		assertThatThrownBy(() -> HazardReplay.play(1, backwards, found.plusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theRectifierDoesNotVerifyTheirOwnWork() {
		OffsetDateTime found = OffsetDateTime.parse("2026-11-20T09:00:00+08:00");
		HazardStory story = story(found, Step.of(Act.REGISTER, found.plusHours(1), -1, "安全办"),
				Step.grade(found.plusHours(2), -1, "安全办", HazardGrade.GENERAL, found.toLocalDate().plusDays(7)),
				Step.plan(found.plusHours(3), -1, "安全办",
						new HazardStory.Plan("总务处", "更换", BigDecimal.TEN, found.toLocalDate().plusDays(5), "警示")),
				Step.of(Act.START, found.plusHours(4), -2, "总务处"), Step.of(Act.COMPLETE, found.plusHours(5), -2, "总务处"),
				Step.of(Act.VERIFY, found.plusHours(6), -2, "总务处"));
		assertThatThrownBy(() -> HazardReplay.play(1, story, found.plusDays(1))).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				v -> assertThat(v.fieldErrors()).containsEntry("verifier", "hazard.verifier.same"));
	}

	private static HazardStory story(OffsetDateTime found, Step... steps) {
		return new HazardStory(1, "450422100", "楼梯扶手松动", "综合楼东侧楼梯", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
				HazardGrade.GENERAL, "安全办", found, List.of(steps));
	}

	private static List<DemoSchool> schools() {
		List<DemoSchool> schools = new ArrayList<>();
		for (DemoRegions.County county : DemoRegions.COUNTIES) {
			for (int i = 0; i < 3; i++) {
				SchoolPlan plan = SchoolPlan.PLANS.get(i);
				String region = i == 1 ? county.townships().get(0)[0] : county.code();
				schools.add(new DemoSchool(
						schools.size() + 1, new SaveSchool("2" + county.code() + "00" + i,
								county.shortName() + plan.nameSuffix(), plan.type(), region, "", "", false, 100, 0, 10),
						plan));
			}
		}
		return schools;
	}

}
