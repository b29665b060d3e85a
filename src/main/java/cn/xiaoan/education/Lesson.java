package cn.xiaoan.education;

import java.util.List;

/** A safety lesson: the student part, the parent part (家长版) and its key points. */
public record Lesson(long id, String code, String title, String gradeBand, int minutes, List<Section> studentPart,
		List<Section> parentPart, List<String> keyPoints) {

	/** A titled part of a lesson. */
	public record Section(String heading, List<String> paragraphs) {
	}

}
