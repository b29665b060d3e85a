/**
 * The in-app inbox: it listens to other modules' events (a hazard escalated or
 * supervised, risk reviews due) and turns each into messages for the roles of a bureau or
 * a school, with message keys it owns; each reader sees the messages of their own scope
 * and role, in their language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "hazard", "risk", "education" })
package cn.xiaoan.notification;
