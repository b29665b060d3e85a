package cn.xiaoan.risk;

import java.math.BigDecimal;

import cn.xiaoan.risk.RiskGrading.Thresholds;
import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The LEC and LS rules of DOMAIN.md §3.1, every boundary included. */
class RiskGradingTests {

	private static final Thresholds T = Thresholds.NATIONAL;

	@ParameterizedTest
	@CsvSource({ "0.05, LOW", "70, LOW", "70.01, GENERAL", "70.5, GENERAL", "160, GENERAL", "160.5, LARGER",
			"320, LARGER", "320.1, MAJOR", "320.5, MAJOR", "6000, MAJOR" })
	void lecLevelsAtTheBoundaries(String d, RiskLevel level) {
		assertThat(RiskGrading.lecLevel(new BigDecimal(d), T)).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource({ "1, LOW", "8, LOW", "9, GENERAL", "12, GENERAL", "15, LARGER", "16, LARGER", "20, MAJOR",
			"25, MAJOR" })
	void lsLevelsAtTheBoundaries(int r, RiskLevel level) {
		assertThat(RiskGrading.lsLevel(r, T)).isEqualTo(level);
	}

	@ParameterizedTest
	@CsvSource({ "10, 6, 7, 420, MAJOR", "6, 6, 7, 252, LARGER", "3, 6, 7, 126, GENERAL", "1, 10, 7, 70, LOW",
			"0.5, 1, 100, 50, LOW", "10, 10, 100, 10000, MAJOR", "0.1, 0.5, 1, 0.05, LOW", "10, 2, 15, 300, LARGER",
			"3, 6, 15, 270, LARGER", "6, 6, 15, 540, MAJOR" })
	void lecMultipliesTheScaleValues(String l, String e, String c, String d, RiskLevel level) {
		RiskGrading.Grade grade = RiskGrading.grade(lec(l, e, c), T);
		assertThat(grade.method()).isEqualTo("LEC");
		assertThat(grade.score()).isEqualByComparingTo(d);
		assertThat(grade.level()).isEqualTo(level);
	}

	@Test
	void everyLecCombinationIsGradedByItsProduct() {
		for (BigDecimal l : RiskGrading.LEC_L) {
			for (BigDecimal e : RiskGrading.LEC_E) {
				for (BigDecimal c : RiskGrading.LEC_C) {
					double d = l.doubleValue() * e.doubleValue() * c.doubleValue();
					RiskLevel expected = d > 320 ? RiskLevel.MAJOR
							: d > 160 ? RiskLevel.LARGER : d > 70 ? RiskLevel.GENERAL : RiskLevel.LOW;
					assertThat(RiskGrading.grade(new AssessRisk("LEC", l, e, c, null, "", ""), T).level())
						.as("L=%s E=%s C=%s", l, e, c)
						.isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void everyLsCombinationIsGradedByItsProduct() {
		for (int l = 1; l <= 5; l++) {
			for (int s = 1; s <= 5; s++) {
				int r = l * s;
				RiskLevel expected = r >= 20 ? RiskLevel.MAJOR
						: r >= 15 ? RiskLevel.LARGER : r >= 9 ? RiskLevel.GENERAL : RiskLevel.LOW;
				RiskGrading.Grade grade = RiskGrading.grade(ls(String.valueOf(l), String.valueOf(s)), T);
				assertThat(grade.score()).isEqualByComparingTo(String.valueOf(r));
				assertThat(grade.level()).as("L=%d S=%d", l, s).isEqualTo(expected);
			}
		}
	}

	@Test
	void scaleValuesAreComparedByValueNotScale() {
		assertThat(RiskGrading.grade(lec("6.0", "10.00", "40"), T).level()).isEqualTo(RiskLevel.MAJOR);
		assertThat(RiskGrading.grade(ls("4.0", "5"), T).level()).isEqualTo(RiskLevel.MAJOR);
	}

	@Test
	void valuesOffTheScalesAreFieldErrors() {
		assertThatThrownBy(() -> RiskGrading.grade(lec("7", "4", "50"), T)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("l", "e", "c")
					.containsEntry("l", "risk.error.scale.l"));
		assertThatThrownBy(() -> RiskGrading.grade(lec("10", null, "1"), T)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("e"));
		assertThatThrownBy(() -> RiskGrading.grade(ls("0", "6"), T)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("l", "s")
					.containsEntry("s", "risk.error.scale.ls"));
		assertThatThrownBy(() -> RiskGrading.grade(ls("2.5", "2"), T)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("l"));
		assertThatThrownBy(() -> RiskGrading.grade(new AssessRisk("ABC", null, null, null, null, "", ""), T))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("method"));
	}

	@Test
	void theRegionsThresholdsApply() {
		Thresholds stricter = new Thresholds(200, 100, 50, 16, 12, 6);
		assertThat(RiskGrading.lecLevel(new BigDecimal("252"), stricter)).isEqualTo(RiskLevel.MAJOR);
		assertThat(RiskGrading.lecLevel(new BigDecimal("60"), stricter)).isEqualTo(RiskLevel.GENERAL);
		assertThat(RiskGrading.lsLevel(16, stricter)).isEqualTo(RiskLevel.MAJOR);
		assertThat(RiskGrading.lsLevel(6, stricter)).isEqualTo(RiskLevel.GENERAL);
	}

	@Test
	void levelsCarryColourAndControl() {
		assertThat(RiskLevel.MAJOR.reportedToBureau()).isTrue();
		assertThat(RiskLevel.LARGER.reportedToBureau()).isTrue();
		assertThat(RiskLevel.GENERAL.reportedToBureau()).isFalse();
		assertThat(RiskLevel.LOW.controlKey()).isEqualTo("risk.control.LOW");
	}

	private static AssessRisk lec(String l, String e, String c) {
		return new AssessRisk("LEC", dec(l), dec(e), dec(c), null, "", "");
	}

	private static AssessRisk ls(String l, String s) {
		return new AssessRisk("ls", dec(l), null, null, dec(s), "", "");
	}

	private static BigDecimal dec(String v) {
		return v == null ? null : new BigDecimal(v);
	}

}
