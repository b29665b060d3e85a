package cn.xiaoan.care;

import jakarta.validation.constraints.NotNull;

/** Pair a student with a staff member of the student's school (一岗双带). */
public record PairStudent(@NotNull Long staffId) {
}
