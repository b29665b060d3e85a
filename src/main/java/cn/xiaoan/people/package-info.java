/**
 * People and accounts: staff with their posts, students in classes (ID-card numbers
 * encrypted at rest and masked on screen), guardians linked to students, accounts with a
 * role and a data scope, login lockout, forced password change, API tokens, and Excel
 * imports of students and staff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "org", "policy" })
package cn.xiaoan.people;
