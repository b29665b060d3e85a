/**
 * Notices (通知公告): a bureau sends a notice to the schools of its region (their leaders or
 * all their staff) and to the bureaus below it; a school sends one to its staff and to
 * the students and parents of chosen classes, a head teacher to their own class. Notices
 * carry attachments and read receipts counted once per reader; the sender sees who has
 * read, reminds the rest, and may withdraw a notice, which recipients then see as
 * withdrawn. A bureau's notice keeps what it addressed, so that {@link NoticeRelay} can
 * address the same at an installation below — also when it matches nobody here but is
 * relayed below ({@link InstallationsBelow}) — and whose withdrawal and reminders follow
 * it there; the units there come back as mirrored, read-only units of the notice (ADR
 * 0061, 0067).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "notification", "file" })
package cn.xiaoan.notice;
