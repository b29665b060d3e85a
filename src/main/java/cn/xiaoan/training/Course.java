package cn.xiaoan.training;

/** A hands-on course of a base. */
public record Course(long id, long baseId, String title, Topic topic, String description, int durationMinutes,
		GradeBand gradeBand, int defaultCapacity) {
}
