/**
 * The safety education platform (学校安全教育平台): safety lessons by topic with a student part,
 * a parent part (家长版) and a quiz, loaded from the seed content under
 * {@code education/lessons}; campaigns (专题活动) issued by bureaus, homework (安全作业) assigned
 * by schools to classes, "我的作业" for students and parents, and participation, completion,
 * exam, pass and parent rates rolled up from class to province (ADR 0007).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "org", "policy", "notification", "file" })
package cn.xiaoan.education;
