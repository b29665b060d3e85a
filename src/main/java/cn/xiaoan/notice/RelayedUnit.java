package cn.xiaoan.notice;

import java.time.Instant;

/**
 * An addressed unit of a notice as it travels up to the installation that sent the
 * notice: a school ({@code S:<id>}) or a bureau ({@code R:<code>}) there, how many of its
 * people read it and when the first did — nobody's name.
 */
public record RelayedUnit(String unitKey, String name, String regionCode, int readers, Instant readAt) {
}
