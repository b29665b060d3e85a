package cn.xiaoan.risk;

import java.time.LocalDate;

/**
 * {@code points} risk points of a school fall due for review (复评), the first on
 * {@code earliest}.
 */
public record RiskReviewDue(long schoolId, int points, LocalDate earliest) {
}
