package cn.xiaoan.training;

import java.time.LocalDate;

/**
 * What a certificate (结业证书) states: its number, the student, and the course, day and
 * base.
 */
public record Certificate(String number, String studentName, String schoolName, String courseTitle, int durationMinutes,
		LocalDate day, String baseName) {
}
