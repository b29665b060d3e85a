package cn.xiaoan.org;

/**
 * A school as a form offers it: its name and where it is (county, and township when it
 * sits in one), so that two schools of the same name can be told apart.
 */
public record SchoolChoice(long id, String code, String name, String place) {

}
