/**
 * The in-app inbox: modules address messages to the roles of a bureau or a school; each
 * reader sees the messages of their own scope and role, in their language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "education" })
package cn.xiaoan.notification;
