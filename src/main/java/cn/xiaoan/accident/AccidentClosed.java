package cn.xiaoan.accident;

import java.math.BigDecimal;

/** An accident was closed with its closing report (结案报告). Facts only. */
public record AccidentClosed(long accidentId, long schoolId, String regionCode, AccidentKind kind, Severity severity,
		Responsibility responsibility, boolean disruption, BigDecimal paidYuan) {
}
