/**
 * The hands-on safety-education training base (安全教育实训基地) a bureau runs: its courses (fire
 * escape, earthquake, drowning and CPR, traffic, stampede…), dated sessions with a
 * capacity, bookings by the schools of the bureau's region for a class or a head count,
 * attendance recorded by the base, and the certificates (结业证书) of attending students.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people" })
package cn.xiaoan.training;
