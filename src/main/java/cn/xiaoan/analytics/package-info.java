/**
 * Analytics and reports (统计分析与报表): hazard analysis of a bureau's region over a period
 * (month, quarter, semester, year or any whole months) compared with the period before
 * and the same period last year — by category, month, grade, time to close and region
 * down to the school, every chart also a table and a workbook; the leader screen (领导驾驶舱)
 * for a wall; and the quarterly and yearly reports of a region as PDF and Excel, archived
 * and sent to the bureau above. Reads the hazard ledger only through
 * {@code HazardRollup}, the accidents through {@code AccidentFiguresBySchool}, and what
 * the installations below sent up through {@code FiguresElsewhere}, which the exchange
 * implements (ADR 0055, 0062).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "hazard", "accident", "notification" })
package cn.xiaoan.analytics;
