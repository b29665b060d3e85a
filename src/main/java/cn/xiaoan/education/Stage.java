package cn.xiaoan.education;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school stage (学段) a campaign may target and a student belongs to, as org publishes it
 * per class ({@code org.class_stage}): a 九年一贯制 school's 七年级 is 初中, its 三年级 小学.
 */
public enum Stage {

	KINDERGARTEN("PRIMARY"), PRIMARY("PRIMARY"), JUNIOR("SECONDARY"), SENIOR("SECONDARY"), VOCATIONAL("SECONDARY"),
	SPECIAL("ALL");

	private final String lessonBand;

	Stage(String lessonBand) {
		this.lessonBand = lessonBand;
	}

	/**
	 * The lessons' grade band ({@code PRIMARY}, {@code SECONDARY}) that suits the stage.
	 */
	public String lessonBand() {
		return lessonBand;
	}

	public String messageKey() {
		return "stage." + name();
	}

	/** The stages named, unknown names ignored. */
	public static Set<Stage> parse(Collection<String> names) {
		if (names == null) {
			return Set.of();
		}
		Set<Stage> stages = EnumSet.noneOf(Stage.class);
		for (String name : names) {
			for (Stage s : values()) {
				if (s.name().equals(name)) {
					stages.add(s);
				}
			}
		}
		return stages;
	}

	static String[] names(Set<Stage> stages) {
		return stages.stream().map(Stage::name).sorted().collect(Collectors.toList()).toArray(String[]::new);
	}

}
