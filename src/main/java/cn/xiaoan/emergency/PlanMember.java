package cn.xiaoan.emergency;

/**
 * A role of the plan's organisation (应急组织: 总指挥, 疏散引导组…), the staff member holding it
 * (none yet when {@code staffId} is null) and its duties.
 */
public record PlanMember(String roleName, Long staffId, String staffName, String duties) {
}
