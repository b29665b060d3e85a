package cn.xiaoan.bullying;

import cn.xiaoan.org.SchoolType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 中小学教育惩戒规则（试行）(教育部令第49号) 第十条: warning, serious warning, demerit and probation only for
 * students of the upper primary grades, the junior and the senior stage; expulsion only
 * for students of an ordinary senior high school; none in a kindergarten.
 */
class EducationalDisciplineRulesArticle10Tests {

	@Test
	void noDisciplinaryGradeForALowerPrimaryPupil() {
		assertThat(DisciplineByStage.refusal(MeasureKind.WARNING, SchoolType.PRIMARY, "三年级"))
			.contains("bullying.measure.stage.lowerPrimary");
		assertThat(DisciplineByStage.refusal(MeasureKind.PROBATION, SchoolType.NINE_YEAR, "4年级"))
			.contains("bullying.measure.stage.lowerPrimary");
	}

	@Test
	void upperPrimaryJuniorAndSeniorStudentsMayBeDisciplined() {
		assertThat(DisciplineByStage.refusal(MeasureKind.WARNING, SchoolType.PRIMARY, "五年级")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.DEMERIT, SchoolType.NINE_YEAR, "八年级")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.SERIOUS_WARNING, SchoolType.JUNIOR, "初一")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.PROBATION, SchoolType.SENIOR, "高二")).isEmpty();
	}

	@Test
	void educationAndSupportAreNotDisciplineAndFitEveryStage() {
		assertThat(DisciplineByStage.refusal(MeasureKind.EDUCATION, SchoolType.PRIMARY, "一年级")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.APOLOGY, SchoolType.KINDERGARTEN, "")).isEmpty();
	}

	@Test
	void expulsionOnlyForAnOrdinarySeniorHighSchoolStudent() {
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.SENIOR, "高一")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.TWELVE_YEAR, "十一年级")).isEmpty();
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.TWELVE_YEAR, "九年级"))
			.contains("bullying.measure.stage.expulsion");
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.JUNIOR, "初三"))
			.contains("bullying.measure.stage.expulsion");
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.NINE_YEAR, "九年级"))
			.contains("bullying.measure.stage.expulsion");
		assertThat(DisciplineByStage.refusal(MeasureKind.EXPULSION, SchoolType.VOCATIONAL, "二年级"))
			.contains("bullying.measure.stage.expulsion");
	}

	@Test
	void aSchoolWithPrimaryYearsMustKnowTheGrade() {
		assertThat(DisciplineByStage.refusal(MeasureKind.WARNING, SchoolType.NINE_YEAR, ""))
			.contains("bullying.measure.stage.gradeUnknown");
		assertThat(DisciplineByStage.refusal(MeasureKind.WARNING, SchoolType.JUNIOR, "")).isEmpty();
	}

	@Test
	void theRulesDoNotApplyToKindergartens() {
		assertThat(DisciplineByStage.refusal(MeasureKind.WARNING, SchoolType.KINDERGARTEN, "大班"))
			.contains("bullying.measure.stage.kindergarten");
	}

	@Test
	void gradesAreReadAsSchoolsWriteThem() {
		assertThat(SchoolStage.year(SchoolType.PRIMARY, "六年级")).hasValue(6);
		assertThat(SchoolStage.year(SchoolType.NINE_YEAR, "七年级")).hasValue(7);
		assertThat(SchoolStage.year(SchoolType.JUNIOR, "一年级")).hasValue(7);
		assertThat(SchoolStage.year(SchoolType.JUNIOR, "初三")).hasValue(9);
		assertThat(SchoolStage.year(SchoolType.SENIOR, "高三")).hasValue(12);
		assertThat(SchoolStage.year(SchoolType.SENIOR, "二年级")).hasValue(11);
		assertThat(SchoolStage.year(SchoolType.TWELVE_YEAR, "十二年级")).hasValue(12);
		assertThat(SchoolStage.year(SchoolType.PRIMARY, "3年级")).hasValue(3);
		assertThat(SchoolStage.year(SchoolType.PRIMARY, "兴趣班")).isEmpty();
	}

}
