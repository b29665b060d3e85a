package cn.xiaoan.bullying;

import java.util.Optional;
import java.util.OptionalInt;

import cn.xiaoan.org.SchoolType;

/**
 * Which disciplinary grades a student may be given (中小学教育惩戒规则（试行）, 教育部令第49号, 第十条):
 * warning, serious warning, demerit and probation for students of the upper primary
 * grades (fifth and sixth year), junior and senior stages; expulsion only for students of
 * an ordinary senior high school (never in compulsory education, 义务教育法); none in a
 * kindergarten, where the rules do not apply. Where a school teaches primary years its
 * student's grade must be known to tell the stage.
 */
final class DisciplineByStage {

	/** The first year of 小学高年级. */
	static final int UPPER_PRIMARY = 5;

	static final int SENIOR_STAGE = 10;

	private DisciplineByStage() {
	}

	/**
	 * Why the measure cannot be given to a student of this grade at this school (a
	 * message key), or empty when it may.
	 */
	static Optional<String> refusal(MeasureKind kind, SchoolType type, String grade) {
		if (!kind.isDiscipline()) {
			return Optional.empty();
		}
		if (type == SchoolType.KINDERGARTEN) {
			return Optional.of("bullying.measure.stage.kindergarten");
		}
		OptionalInt year = SchoolStage.year(type, grade);
		if (kind == MeasureKind.EXPULSION) {
			boolean ordinarySenior = type == SchoolType.SENIOR || type == SchoolType.TWELVE_YEAR;
			if (!ordinarySenior) {
				return Optional.of("bullying.measure.stage.expulsion");
			}
			if (type == SchoolType.TWELVE_YEAR && year.isEmpty()) {
				return Optional.of("bullying.measure.stage.gradeUnknown");
			}
			return year.isPresent() && year.getAsInt() < SENIOR_STAGE ? Optional.of("bullying.measure.stage.expulsion")
					: Optional.empty();
		}
		boolean teachesPrimary = type == null || type == SchoolType.PRIMARY || type == SchoolType.NINE_YEAR
				|| type == SchoolType.TWELVE_YEAR || type == SchoolType.SPECIAL;
		if (year.isEmpty()) {
			return teachesPrimary ? Optional.of("bullying.measure.stage.gradeUnknown") : Optional.empty();
		}
		return year.getAsInt() < UPPER_PRIMARY ? Optional.of("bullying.measure.stage.lowerPrimary") : Optional.empty();
	}

}
