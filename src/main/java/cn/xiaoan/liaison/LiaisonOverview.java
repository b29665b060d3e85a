package cn.xiaoan.liaison;

import java.util.Map;

/**
 * The figures of liaison in a scope, each linking to the list it counts: clues by state
 * and by category, late acknowledgements, schools without a current 法治副校长, appointments
 * lapsing soon.
 */
public record LiaisonOverview(int clues, Map<ClueState, Integer> byState, Map<ClueCategory, Integer> byCategory,
		int late, int schools, int schoolsWithout, int expiring) {
}
