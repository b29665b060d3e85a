package cn.xiaoan.assessment;

/**
 * A bureau's assessment scheme was defined, adapted, or had an indicator added or
 * removed.
 */
public record SchemeChanged(long schemeId, String regionCode) {
}
