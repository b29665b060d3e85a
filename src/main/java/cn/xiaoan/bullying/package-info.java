/**
 * Student-bullying cases (加强中小学生欺凌综合治理方案 教督〔2017〕10号; 未成年人学校保护规定 教育部令第50号): a report — by
 * a student, a parent, a teacher, or anonymously through a public form with a follow-up
 * code — opens a case; the school's 学生欺凌治理委员会 investigates (statements, evidence) and
 * decides (认定) within the policy deadline or the county sees it late; measures are
 * recorded with who decided; both families are informed before closing; a party may
 * appeal to the county's bullying office for 复查, answered within its deadline; follow-up
 * visits, then the case is closed and filed as a PDF. Names, statements and evidence are
 * seen only by the school's committee and the county's office, every read audited;
 * everyone else sees initials and counts (ADR 0036).
 * <p>
 * One way in: {@link cn.xiaoan.bullying.BullyingManagement} (the case),
 * {@link cn.xiaoan.bullying.BullyingReports} (reporting, the public form),
 * {@link cn.xiaoan.bullying.BullyingCommittees} (who sits on the committee and the
 * office) and {@link cn.xiaoan.bullying.BullyingFigures} (counts).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "people", "policy", "file", "notification" })
package cn.xiaoan.bullying;
