package cn.xiaoan.duty;

/** A staff member signed the version of their responsibility list. */
public record DutyListSigned(long staffId, long schoolId, String regionCode, String version) {

}
