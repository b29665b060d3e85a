package cn.xiaoan.institutions;

import java.math.BigDecimal;

/**
 * One group of a banned institution's students and how it is resettled — a count and a
 * refund, never a child's name.
 */
public record ResettlementView(long id, long banId, ResettlementMethod method, String originSchool, int students,
		BigDecimal refund, String note, boolean done, String outcome) {
}
