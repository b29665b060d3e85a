package cn.xiaoan.policy;

/**
 * A region's own value of a setting was set, replaced or removed ({@code setting} is the
 * setting's key).
 */
public record PolicyChanged(String setting, String regionCode) {
}
