package cn.xiaoan.policy;

/**
 * A region's own value of a setting as it travels between installations (四级联网): the
 * setting's key, the region, the value ({@code null}: removed, the value above applies
 * again), its legal basis and who set it.
 */
public record PolicyFromAbove(String setting, String regionCode, String value, String legalBasis, String setBy) {
}
