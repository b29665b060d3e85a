/**
 * 一岗双带 (every post carries the care of students): each staff member is paired with
 * students, confirmed by the class's head teacher; students at risk (留守儿童、单亲家庭、心理问题…) are
 * flagged and must have a pair; care visits (谈心、家访、电话、线上) are recorded with a next
 * follow-up, and overdue follow-ups reach the pair's 待办. Records and flag notes are
 * confidential to the pair, the class's head teacher, the school's safety office and the
 * counsellors the principal names; bureaus see counts only (ADR 0029).
 * <p>
 * One way in: {@link cn.xiaoan.care.CareManagement} (writes, one student's file) and
 * {@link cn.xiaoan.care.CareFigures} (counts). Students come from people's
 * {@code ClassRosters}, colleagues from people's {@code SchoolColleagues}, class names
 * from org.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy" })
package cn.xiaoan.care;
