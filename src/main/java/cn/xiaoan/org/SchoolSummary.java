package cn.xiaoan.org;

/** A school as other modules and views see it. */
public record SchoolSummary(long id, String code, String name, SchoolType type, String regionCode, String regionName,
		String address, String phone, boolean boarding, int studentCount, int boarderCount, int staffCount) {

}
