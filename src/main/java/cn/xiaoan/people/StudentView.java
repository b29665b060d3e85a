package cn.xiaoan.people;

import java.time.LocalDate;

/** A student; the ID-card number is masked. */
public record StudentView(long id, long schoolId, long classId, String studentNo, String name, String gender,
		LocalDate birthDate, String idCardMasked, boolean boarder) {
}
