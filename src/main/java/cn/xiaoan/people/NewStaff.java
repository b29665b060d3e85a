package cn.xiaoan.people;

/**
 * A staff row for bulk loading, with an optional account (role name) to create for it.
 */
public record NewStaff(long schoolId, String regionCode, String name, String gender, String phone, String postCode,
		Long departmentId, boolean fullTime, Long headClassId, String employeeNo, String accountUsername,
		String accountRole) {
}
