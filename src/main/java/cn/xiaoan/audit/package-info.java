/**
 * The audit trail: records every sign-in attempt and every change other modules announce,
 * with the caller (account, name, role), time, address, and before/after values without
 * secrets, and lets administrators browse, filter and export it within their scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people", "org", "policy" })
package cn.xiaoan.audit;
