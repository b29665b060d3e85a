package cn.xiaoan.education;

import java.time.OffsetDateTime;

/** A student of a class on one homework: what is done, for the head teacher's list. */
public record StudentProgress(long studentId, String studentNo, String name, boolean studied, boolean quizTaken,
		Integer bestScore, boolean passed, boolean parentConfirmed, boolean completed, OffsetDateTime remindedAt) {

}
