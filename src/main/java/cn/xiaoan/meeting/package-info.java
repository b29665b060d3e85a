/**
 * Joint meetings and township school-safety meetings (联席会议、乡镇学校安全工作例会): a bureau's joint
 * meeting of the departments around schools and each township's quarterly meeting, their
 * minutes and decisions (议定事项), each decision a task with an owner and a deadline tracked
 * to done, and whether every township met this quarter, rolled up the region tree.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy", "notification" })
package cn.xiaoan.meeting;
