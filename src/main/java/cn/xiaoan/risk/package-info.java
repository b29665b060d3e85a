/**
 * Risk grading and control (安全风险分级管控): the standard library of risk-point templates, each
 * school's inventory of risk points assessed with LEC or LS against the thresholds of its
 * region's policy, the bureau's list of red and orange points, the printable risk
 * notification cards (风险告知卡) and the campus four-colour map.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy" })
package cn.xiaoan.risk;
