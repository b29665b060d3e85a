/**
 * The technical ground every module stands on: the embedded PostgreSQL of the default
 * run, security (form login, bearer tokens, lockout hooks, forced password change), web
 * errors as ProblemDetail, locale switching and the page layout's model.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.xiaoan.platform;
