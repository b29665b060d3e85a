/**
 * Drowning prevention (防溺水): the register of key waters (重点水域) each township keeps —
 * where a water lies, who answers for it, which schools are near, its signs and rescue
 * equipment — the patrols of the key periods (holidays, weekends, dates a bureau sets),
 * recorded on a phone even without signal and sent once when it returns, the findings a
 * patrol opens for the water's responsible unit, a map of waters and schools, and the
 * parents' "四知" confirmation of the schools near each water (from {@code education}), and
 * the rescue-skill trainings of the schools' staff with the share trained (staff from
 * {@code people}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "file", "education", "people", "policy" })
package cn.xiaoan.waters;
