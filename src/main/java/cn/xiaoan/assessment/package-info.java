/**
 * Supervision and assessment (督导考核): a bureau's yearly assessment scheme (考核方案) of
 * weighted indicators — computed from what other modules publish (the hazard ledger's
 * rectification and overdue rates) or scored by inspectors on site with a photo, the 五个凡有
 * items among them — inherited down the region tree and adapted by a copy; scores per
 * school materialised per period, rankings of schools and of the bureaus one level down
 * with their movement since the previous period, and 约谈 with rectification orders for the
 * lowest, tracked to done (ADR 0054).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "hazard", "file" })
package cn.xiaoan.assessment;
