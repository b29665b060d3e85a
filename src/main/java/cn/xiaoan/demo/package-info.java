/**
 * Demo and scale data, only when asked ({@code xiaoan.demo.enabled=true}): at the first
 * start of an empty database, 广西 → 梧州 and its seven county-level divisions and 云南 → 曲靖 →
 * 师宗 with schools of every type, classes, staff, students, parents and one demo account
 * for every role at every level. The same generator builds larger datasets for benchmarks
 * ({@code xiaoan.demo.schools-per-county}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "org", "people", "security", "hazard", "risk", "education",
				"training", "duty", "emergency", "warning", "meeting", "care", "opinion", "accident", "waters",
				"notice", "bullying", "schoolbus", "surroundings", "liaison", "institutions", "assessment",
				// the bulk loaders: writes without scope checks, for demo data and the
				// generator
				// only
				"org :: bulk", "people :: bulk", "training :: bulk", "security :: bulk", "hazard :: bulk",
				"education :: bulk", "opinion :: bulk" })
package cn.xiaoan.demo;
