/**
 * Playing demo stories of opinion cases at past moments, through the module's rules
 * ({@code "opinion :: bulk"}): only {@code demo} may use it.
 */
@org.springframework.modulith.NamedInterface("bulk")
package cn.xiaoan.opinion.bulk;
