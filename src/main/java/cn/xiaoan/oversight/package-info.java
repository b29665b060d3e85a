/**
 * Oversight: the landing page of every role with the figures of its scope — schools,
 * classes, students, staff, open and overdue hazards, schools short of guards or security
 * facilities, inspections and campaigns — each linking to the list it counts, and for a
 * bureau the everyday view of hazards, inspections and education one level down. A
 * bureau's hazard figures and most overdue schools include the hazards its installations
 * below keep, as the ledger they open lists them, and so does the weekly chart, by when
 * each was found and first verified or closed there (ADR 0072, 0075).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "security", "hazard", "education", "inspection" })
package cn.xiaoan.oversight;
