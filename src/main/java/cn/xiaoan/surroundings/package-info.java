/**
 * Campus surroundings: the register of venues and issues around each school (internet
 * cafes, entertainment venues, lottery outlets, street vendors, traffic black spots,
 * building sites, illegal buildings) with their distance from the schools' gates, the
 * flag on a venue that the law forbids inside the protected zone, the case each flagged
 * venue or issue opens for the responsible department — which closes it in the platform
 * with evidence, and the county confirms or reopens — and the school-run guard posts with
 * their check-ins, recorded on a phone even without signal (ADR 0040).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "file", "policy" })
package cn.xiaoan.surroundings;
