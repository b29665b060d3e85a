/**
 * Campus security guards (校园安保), not authentication: sign-in, sessions and tokens are in
 * {@code platform} and {@code people}.
 * <p>
 * Guard staffing against the effective policy (size rule, boarding rule, the higher of
 * the two) and the "三个100%" facilities — full-time guards, closed management, one-button
 * alarm and video kept long enough — per school, with the bureau's list of schools that
 * fall short.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy" })
package cn.xiaoan.security;
