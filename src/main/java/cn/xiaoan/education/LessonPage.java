package cn.xiaoan.education;

import java.util.List;
import java.util.UUID;

/**
 * What a lesson page shows: the lesson, the media the caller may see, the quiz in the
 * order of this attempt, and whether the caller may assign the lesson as homework or add
 * media to it.
 */
public record LessonPage(Lesson lesson, List<LessonMedia> media, List<QuizQuestion> quiz, UUID submissionId,
		boolean canAssign, boolean canEditMedia) {

}
