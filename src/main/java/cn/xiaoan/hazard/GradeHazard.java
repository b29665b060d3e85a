package cn.xiaoan.hazard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 评估定级: the grade, and optionally a deadline (else the policy's default for the grade).
 * The aggregate checks both.
 */
record GradeHazard(HazardGrade grade, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
}
