/**
 * Safety accidents (安全事故) of schools: the report (time, place, kind, severity, people
 * hurt — students anonymised outside their school), its climb up the chain school →
 * county → city (→ province for serious ones) within the policy's deadline with every
 * late hop recorded, the 校方责任险 claim within its caps, the handling (responsibility,
 * mediation, 校闹 with the police) up to the closing report, and the statistics by kind,
 * school type, age group, month and region.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy", "people" })
package cn.xiaoan.accident;
