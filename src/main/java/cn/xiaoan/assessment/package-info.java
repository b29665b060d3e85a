/**
 * Supervision and assessment (督导考核): a bureau's yearly assessment scheme (考核方案) of
 * weighted indicators — computed from what other modules publish per school and period
 * (the hazard ledger's rectification and overdue rates, campaign completion and pass
 * rates, drill compliance, "三个100%", responsibility-list signing, warnings acknowledged
 * on time, accidents, bullying cases decided on time) or scored by inspectors on site
 * with a photo, the 五个凡有 items among them — inherited down the region tree and adapted by
 * a copy; scores per school materialised per period and rescored nightly, rankings of
 * schools and of the bureaus one level down with their movement since the previous
 * period, the 通报 of a period's results as a PDF sent through the notice module, and 约谈
 * with rectification orders for the lowest, tracked to done (ADR 0054, 0058) — those an
 * installation below opened shown read-only beside them (ADR 0077).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "hazard", "file", "education",
		"emergency", "security", "duty", "warning", "accident", "bullying", "notice", "platform" })
package cn.xiaoan.assessment;
