/**
 * Policy settings: national defaults (DOMAIN.md) that a province, city or county may
 * override for the schools below it, each override recording who set it, when and on what
 * legal basis. A school's effective value is the nearest override above it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org" })
package cn.xiaoan.policy;
