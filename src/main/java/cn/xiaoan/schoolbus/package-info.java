/**
 * School buses (校车安全管理条例, 国务院令第617号): a county's vehicles, drivers and escorts (随车照管人员)
 * with the statutory conditions and expiry dates that decide whether each may drive
 * today; routes with the students who should ride and the escort's boarding and alighting
 * checks (no child left on a bus); the permit application through education, police
 * traffic and transport to the government, on the working-day clock of the Chinese
 * calendar (ADR 0037). Students' names stay with the school's escort, head teacher and
 * leaders; bureaus and partner departments see counts.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "policy", "notification" })
package cn.xiaoan.schoolbus;
