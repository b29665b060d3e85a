/**
 * Oversight: the landing page of every role with the figures of its scope — schools,
 * classes, students, staff and schools short of guards or security facilities.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "security", "hazard", "education" })
package cn.xiaoan.oversight;
