package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The date rules of sessions and bookings, and what certificates can print. */
class TrainingRulesTests {

	static final LocalDate DAY = LocalDate.of(2026, 12, 10);

	static TrainingSession session(TrainingSession.Status status) {
		return new TrainingSession(1, 1, "消防逃生体验", Topic.FIRE, GradeBand.ALL, 1, "基地", "450422", DAY,
				LocalTime.of(9, 0), LocalTime.of(10, 30), 40, 38, "", "", status);
	}

	static Booking booking(Booking.Status status) {
		return new Booking(1, 1, 1, "450422", "学校", 1L, "高一1班", 2, "王老师", "", status, null, "principal", null);
	}

	@Test
	void sessionsAreBookedUntilTheDayBeforeAndAttendedFromTheirDayUntilCompletion() {
		TrainingSession open = session(TrainingSession.Status.OPEN);
		assertThat(open.remaining()).isEqualTo(2);
		assertThat(open.bookableOn(DAY.minusDays(1))).isTrue();
		assertThat(open.bookableOn(DAY)).isFalse();
		assertThat(open.attendanceOpenOn(DAY.minusDays(1))).isFalse();
		assertThat(open.attendanceOpenOn(DAY)).isTrue();
		assertThat(open.attendanceOpenOn(DAY.plusDays(3))).isTrue();
		TrainingSession done = session(TrainingSession.Status.COMPLETED);
		assertThat(done.bookableOn(DAY.minusDays(5))).isFalse();
		assertThatThrownBy(() -> done.requireAttendanceOpen(DAY)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("session", "training.error.completed"));
	}

	@Test
	void onlyABookedBookingIsCancelledAndOnlyBeforeTheDay() {
		TrainingSession open = session(TrainingSession.Status.OPEN);
		assertThat(booking(Booking.Status.BOOKED).cancellableOn(DAY.minusDays(1), open)).isTrue();
		assertThat(booking(Booking.Status.BOOKED).cancellableOn(DAY, open)).isFalse();
		assertThat(booking(Booking.Status.CANCELLED).cancellableOn(DAY.minusDays(1), open)).isFalse();
		assertThat(booking(Booking.Status.ATTENDED).cancellableOn(DAY.minusDays(1), open)).isFalse();
	}

	@Test
	void headCountAttendanceNamesNoMoreThanArrivedAndOnlyPrintableNames() {
		Booking byCount = new Booking(1, 1, 1, "450422", "学校", null, "", 10, "王老师", "", Booking.Status.BOOKED, null,
				"p", null);
		new RecordAttendance(null, 2, List.of("陈思远", " 黄雨桐 ", "")).validate(byCount);
		assertThatThrownBy(() -> new RecordAttendance(null, 1, List.of("陈思远", "黄雨桐")).validate(byCount))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> new RecordAttendance(null, 11, List.of()).validate(byCount))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> new RecordAttendance(null, 1, List.of("王堃")).validate(byCount)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				ex -> assertThat(ex.fieldErrors()).containsEntry("names", "training.error.glyph"));
	}

	@Test
	void theCertificateTextIsPrintableWithTheEmbeddedFont() throws Exception {
		java.util.Properties zh = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/i18n/training/messages.properties")) {
			zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		for (String key : List.of("training.certificate.title", "training.certificate.greeting",
				"training.certificate.body", "training.certificate.number", "training.certificate.none",
				"training.certificate.dateformat")) {
			assertThat(CertificateFont.printable(zh.getProperty(key))).as(key).isTrue();
		}
		assertThat(CertificateFont.printable("2026年12月10日 证书编号：450422-20261210-000001")).isTrue();
		assertThat(CertificateFont.printable("堃")).isFalse();
	}

}
