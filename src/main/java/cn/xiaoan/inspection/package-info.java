/**
 * Inspections (隐患排查): the checklist library with each item's basis, inspection plans with
 * a cadence and the tasks they generate per period, the phone form signed by the
 * inspector (谁排查谁签字), bureau spot checks (网上巡查); every failed item opens a hazard.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "hazard", "policy" })
package cn.xiaoan.inspection;
