/**
 * Bulk loading for the demo data and the province-scale generator: writes without scope
 * checks, so only {@code demo} may use it (see {@code demo}'s allowed dependencies).
 */
@org.springframework.modulith.NamedInterface("bulk")
package cn.xiaoan.org.bulk;
