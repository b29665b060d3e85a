package cn.xiaoan.people;

import java.util.Map;

/** A staff member; the phone is masked. */
public record StaffView(long id, long schoolId, String name, String gender, String phoneMasked, String postCode,
		String departmentName, boolean fullTime, Long headClassId, String employeeNo) {

	/** Replaces the department id read from the table by its name. */
	StaffView withDepartment(Map<Long, String> departments) {
		String name = departmentName == null || departmentName.equals("null") ? ""
				: departments.getOrDefault(Long.valueOf(departmentName), "");
		return new StaffView(id, schoolId, this.name, gender, phoneMasked, postCode, name, fullTime, headClassId,
				employeeNo);
	}

}
