package cn.xiaoan.people;

/**
 * The unit an account works in: a school ({@code schoolId}), else a region
 * ({@code regionCode}); both null for an account of neither.
 */
public record AccountUnit(long accountId, Long schoolId, String regionCode) {
}
