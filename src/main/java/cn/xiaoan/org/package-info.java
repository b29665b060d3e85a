/**
 * The organisation of the province: regions by GB/T 2260 code (province → city → county →
 * township), schools with their type, boarding and size, grades, classes, departments and
 * the standard posts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.xiaoan.org;
