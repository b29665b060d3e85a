/**
 * The technical ground every module stands on: the embedded PostgreSQL of the default
 * run, security (form login, bearer tokens, lockout hooks, forced password change), web
 * errors as ProblemDetail, locale switching, the installation's time zone and the page
 * layout's model. It reads one policy setting, the idle timeout of sessions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "policy" })
package cn.xiaoan.platform;
