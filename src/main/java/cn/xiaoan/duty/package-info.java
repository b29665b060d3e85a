/**
 * Responsibility lists per post (责任清单): the post catalogue with its duties and its
 * routine and emergency procedures, adapted by regions and schools the way policy is
 * inherited; the posts each staff member holds (实名制), the list generated for them and
 * signed with a handwritten signature, re-signed when it changes or a school year starts;
 * a school's grid (网格化) of areas with their responsible person; signing rates rolled up
 * for bureaus.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy", "risk" })
package cn.xiaoan.duty;
