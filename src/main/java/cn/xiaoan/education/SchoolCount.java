package cn.xiaoan.education;

import java.util.List;
import java.util.Map;

/**
 * One school's figures of a campaign, counted as its rates page counts them (ADR 0024):
 * classes targeted and those that have it, students targeted (应参与), and how many took
 * part, completed, took the quiz, passed, and of the parents asked how many confirmed —
 * numbers only, never a student. {@code regionNames} names the regions the school lies in
 * (township to province) as this installation knows them; {@code days} what each day
 * added, read in the same statement so that they add up to the figures (ADR 0079). What
 * an installation sends up (ADR 0069).
 */
public record SchoolCount(long schoolId, String name, String regionCode, Map<String, String> regionNames, int classes,
		int classesAssigned, int targeted, int participated, int completed, int took, int passed, int parentDone,
		int parentAsked, List<DailyCount> days) {

	public SchoolCount {
		regionNames = Map.copyOf(regionNames);
		days = List.copyOf(days);
	}

}
