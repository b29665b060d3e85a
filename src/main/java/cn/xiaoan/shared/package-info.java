/**
 * Value types and cross-cutting contracts every module may use: region codes, ID-card
 * numbers, roles, permissions, the caller and its data scope, and the change events the
 * audit trail records.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.xiaoan.shared;
