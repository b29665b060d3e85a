/**
 * The safety education platform (学校安全教育平台), first part: safety lessons by topic with a
 * student part, a parent part (家长版) and a quiz, loaded from the seed content under
 * {@code education/lessons}; quizzes are graded automatically against the pass mark of
 * the policy and a retried submission never counts twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy" })
package cn.xiaoan.education;
