/**
 * Notices (通知公告): a bureau sends a notice to the schools of its region (their leaders or
 * all their staff) and to the bureaus below it; a school sends one to its staff and to
 * the students and parents of chosen classes, a head teacher to their own class. Notices
 * carry attachments and read receipts counted once per reader; the sender sees who has
 * read, reminds the rest, and may withdraw a notice, which recipients then see as
 * withdrawn.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "notification", "file" })
package cn.xiaoan.notice;
