package cn.xiaoan.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Read-only work that may be served a few seconds late: dashboards, statistics, exports
 * and reports (ADR 0050's sibling, scale-out). When the installation configures a
 * streaming replica ({@code xiaoan.datasource.replica.url}), the connections such a
 * method opens come from the replica while its lag stays within the bound, and the page
 * says how current its data is; otherwise nothing changes. A method that writes, or that
 * must see what its caller has just written, must not carry it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsReplica {

}
