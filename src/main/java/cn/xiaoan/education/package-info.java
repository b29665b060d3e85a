/**
 * The safety education platform (学校安全教育平台): safety lessons by topic with a student part,
 * a parent part (家长版) and a quiz, loaded from the seed content under
 * {@code education/lessons}; campaigns (专题活动) issued by bureaus, homework (安全作业) assigned
 * by schools to classes, "我的作业" for students and parents, and participation, completion,
 * exam, pass and parent rates rolled up from class to province (ADR 0007).
 * <p>
 * One way in: {@link cn.xiaoan.education.EducationManagement} and the records beside it;
 * the events {@link cn.xiaoan.education.HomeworkAssigned},
 * {@link cn.xiaoan.education.HomeworkReminded},
 * {@link cn.xiaoan.education.CampaignSchoolsReminded} and
 * {@link cn.xiaoan.education.CampaignClosed} tell notification whom to write to. The
 * bureau that issued a campaign may withdraw it (撤回: it leaves the schools' and students'
 * lists, its records stay) or end it early (提前结束: what was done counts, nothing more is
 * taken), with a reason; a campaign received from above is closed by the bureau above
 * through {@link cn.xiaoan.education.CampaignRelay} (ADR 0070). Inside: {@code lesson}
 * (catalogue, quiz content, grading, attempts, media), {@code homework} (campaigns,
 * homework, 我的作业, reminders, the completion rule), {@code rates} (tallies, roll-up,
 * units), {@code web} (pages and REST API), and {@code bulk}, the generators' separate
 * interface for {@code demo} only. Schools, and the names of units, classes and students
 * on the rates pages, come from org's and people's APIs (ADR 0080), as do the schools a
 * campaign reaches, the students' names in 我的作业, the generators' classes and a school's
 * homework pages (its classes, their stages and rolls, the students a homework goes to,
 * their numbers and names; ADR 0082) and the lessons page's stage of a student or parent
 * (ADR 0085); set-based work (the generators' fan-out to every student, a province's
 * targeted classes) reads the views they publish ({@code org.class_stage},
 * {@code people.class_roster}, {@code people.class_roll}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy", "file" })
package cn.xiaoan.education;
