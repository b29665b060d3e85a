package cn.xiaoan.security;

import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;

/**
 * The guard-staffing rule in force for a region (公治〔2015〕168号 by default). With N =
 * teachers + students and B = boarders: N below the small limit needs the small count; up
 * to the medium limit the medium count; above it one more per started block of
 * {@code extraPer}. A boarding school needs at least the boarding minimum plus one per
 * started block of {@code boardingPer} boarders beyond the first {@code boardingFirst};
 * it needs the higher of the two results.
 */
public record GuardRule(int smallBelow, int smallCount, int mediumUpTo, int mediumCount, int extraPer,
		int boardingMinimum, int boardingFirst, int boardingPer) {

	public static GuardRule of(PolicySnapshot policy, String regionCode) {
		return new GuardRule(value(policy, PolicySetting.GUARD_SMALL_SCHOOL_BELOW, regionCode),
				value(policy, PolicySetting.GUARD_SMALL_SCHOOL_COUNT, regionCode),
				value(policy, PolicySetting.GUARD_MEDIUM_SCHOOL_UP_TO, regionCode),
				value(policy, PolicySetting.GUARD_MEDIUM_SCHOOL_COUNT, regionCode),
				value(policy, PolicySetting.GUARD_EXTRA_PER_PEOPLE, regionCode),
				value(policy, PolicySetting.GUARD_BOARDING_MINIMUM, regionCode),
				value(policy, PolicySetting.GUARD_BOARDING_FIRST_BOARDERS, regionCode),
				value(policy, PolicySetting.GUARD_BOARDING_EXTRA_PER_BOARDERS, regionCode));
	}

	/** The national default rule. */
	public static GuardRule national() {
		return new GuardRule(100, 1, 1000, 2, 500, 2, 300, 300);
	}

	private static int value(PolicySnapshot policy, PolicySetting setting, String regionCode) {
		return policy.effective(setting, regionCode).asInt();
	}

	public int bySize(int teachersAndStudents) {
		int n = teachersAndStudents;
		if (n < smallBelow) {
			return smallCount;
		}
		if (n <= mediumUpTo) {
			return mediumCount;
		}
		return mediumCount + ceilDiv(n - mediumUpTo, extraPer);
	}

	public int byBoarding(boolean boarding, int boarders) {
		if (!boarding) {
			return 0;
		}
		return boardingMinimum + ceilDiv(Math.max(0, boarders - boardingFirst), boardingPer);
	}

	public GuardRequirement requirement(int teachersAndStudents, boolean boarding, int boarders) {
		int size = bySize(teachersAndStudents);
		int board = byBoarding(boarding, boarders);
		return new GuardRequirement(size, board, Math.max(size, board), board > size ? "BOARDING" : "SIZE", this);
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}

}
