package cn.xiaoan.demo;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.shared.Role;

/**
 * The demo's signed-in people beyond the schools' staff: the administrator, the bureaus
 * of the provinces, cities and counties (an administrator and a safety officer each), the
 * township's central school, the police liaison, and the first student of the demo school
 * with a parent.
 */
final class DemoAccounts {

	private final PeopleBulkLoad people;

	DemoAccounts(PeopleBulkLoad people) {
		this.people = people;
	}

	void create(String hash, DemoSchool demo) {
		people.officialAccount("admin", "系统管理员", Role.SYSTEM_ADMIN, null, null, null, hash, false);
		official(hash, "gx", "广西壮族自治区教育厅", "450000");
		official(hash, "yn", "云南省教育厅", "530000");
		official(hash, "wz", "梧州市教育局", "450400");
		official(hash, "qj", "曲靖市教育局", "530300");
		for (DemoRegions.County county : DemoRegions.COUNTIES) {
			official(hash, county.accountPrefix(), county.name() + "教育局", county.code());
		}
		official(hash, "tzz", "藤州镇中心校", "450422100");
		people.officialAccount("police", "藤县公安局警校联动民警", Role.POLICE_LIAISON, "450422", null, null, hash, false);
		var student = demo.students.get(0);
		long studentId = people.studentIdByNo(student.studentNo());
		people.officialAccount("student", student.name(), Role.STUDENT, student.regionCode(), student.schoolId(),
				studentId, hash, false);
		people.officialAccount("parent", student.guardianName(), Role.PARENT, student.regionCode(), student.schoolId(),
				people.guardianIdsOf(studentId).get(0), hash, false);
	}

	private void official(String hash, String prefix, String bureau, String region) {
		people.officialAccount(prefix + "_admin", bureau + "管理员", Role.BUREAU_ADMIN, region, null, null, hash, false);
		people.officialAccount(prefix + "_safety", bureau + "安全干部", Role.BUREAU_SAFETY_OFFICER, region, null, null,
				hash, false);
	}

}
