/**
 * Hazard investigation and governance (隐患排查治理): the ledger of hazards found by
 * inspections or reported ad hoc, their lifecycle 排查 → 登记 → 评估定级 → 整改 → 验收 → 销号 with a
 * 五落实 plan, 挂牌督办 by a bureau, and escalation of overdue hazards one level up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "policy", "file" })
package cn.xiaoan.hazard;
