/**
 * Public-opinion and emergency linkage (突发事件舆情联动): a case opened by a school or a bureau
 * when an incident draws public attention, the departments linked to it with their tasks
 * (chased and escalated when overdue), the public statements drafted, approved by the
 * case's named approver and published against the national deadlines, and the timeline of
 * everything done, exported as a PDF case report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy", "notification" })
package cn.xiaoan.opinion;
