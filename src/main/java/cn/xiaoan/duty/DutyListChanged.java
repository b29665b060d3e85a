package cn.xiaoan.duty;

/**
 * A staff member's responsibility list changed (posts, or the catalogue as their school
 * sees it): the new version awaits their signature.
 */
public record DutyListChanged(long staffId, long schoolId, String regionCode, String previousVersion, String version) {

}
