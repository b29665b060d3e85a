package cn.xiaoan.emergency;

/** A number of the plan's contact list (应急通讯录). */
public record PlanContact(String name, String phone) {
}
