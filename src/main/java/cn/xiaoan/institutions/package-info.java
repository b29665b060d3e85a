/**
 * Off-campus training institutions (校外培训机构): the register the county and its townships
 * keep (licence, subjects, capacity, who answers for it), inspections against the
 * institutions' own check items with their basis, rectification to a deadline followed by
 * the township to a re-inspection, bans with the resettlement of the students (counts and
 * refunds per group, no child's name), and the black and white lists a county publishes
 * to its schools and parents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "file", "policy" })
package cn.xiaoan.institutions;
