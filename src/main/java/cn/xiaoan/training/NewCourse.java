package cn.xiaoan.training;

/** A course of a base; the title and base name are printed on certificates. */
public record NewCourse(String title, Topic topic, String description, Integer durationMinutes, GradeBand gradeBand,
		Integer defaultCapacity) {

	public NewCourse {
		title = FieldRules.trim(title);
		description = FieldRules.trim(description);
	}

	void validate() {
		new FieldRules().text("title", title, true, 40)
			.printable("title", title)
			.present("topic", topic)
			.text("description", description, true, 1000)
			.range("durationMinutes", durationMinutes, 10, 480)
			.present("gradeBand", gradeBand)
			.range("defaultCapacity", defaultCapacity, 1, 500)
			.orThrow();
	}

}
