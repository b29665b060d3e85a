/**
 * The audit trail: records every sign-in attempt and every change other modules announce,
 * with the caller, time, address, and before/after values, and lets administrators browse
 * it within their scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "people" })
package cn.xiaoan.audit;
