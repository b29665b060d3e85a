/**
 * Bulk loading of hazards for the demo and scale data generators: COPY without caller or
 * scope check, so only {@code demo} may use it ({@code "hazard :: bulk"}).
 */
@org.springframework.modulith.NamedInterface("bulk")
package cn.xiaoan.hazard.bulk;
