/**
 * Set-based loading of generated education data (demo data, the province-scale
 * generator): campaigns, homework of whole regions, progress and tallies built once. A
 * second, scope-free way in, so a separate named interface that only {@code demo} may use
 * ({@code "education :: bulk"}); user actions go through {@code EducationManagement}.
 */
@org.springframework.modulith.NamedInterface("bulk")
package cn.xiaoan.education.bulk;
