/**
 * Emergency plans and drills (应急预案、应急演练): a school's plan set — the general plan (总体预案)
 * and the special plans — started from the platform's templates, each saved version kept,
 * reviewed at least yearly and filed to the bureau (报备), which accepts it or returns it
 * with comments; and the drills with their evacuation time against the policy's limit
 * (超时), problems found opening hazards, photos, and the frequency compliance of every
 * school rolled up the region tree, with reminders before a period ends without a drill.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy", "file",
		"hazard", "risk", "notification", "platform" })
package cn.xiaoan.emergency;
