/**
 * Early warnings and notices (预警 and 通知公告): a bureau sends a warning with a level and
 * required actions down to the schools below it, each school acknowledges (签收) and
 * reports the actions taken, and schools that stay silent past the policy interval are
 * chased and shown to their county as late. Notices carry attachments and read receipts.
 * The module also gathers every {@code shared.TodoSource} into the home page's 待办 list
 * and contributes its own warnings to acknowledge.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "policy", "notification", "file", "people" })
package cn.xiaoan.warning;
