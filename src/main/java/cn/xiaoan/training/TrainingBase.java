package cn.xiaoan.training;

/** A training base of a bureau; its region is the bureau's, and the schools it serves. */
public record TrainingBase(long id, String regionCode, String name, String address, String phone) {
}
