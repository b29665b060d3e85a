package cn.xiaoan.hazard;

/**
 * A school with its open hazards past their deadline: one of this platform
 * ({@code schoolId}, {@code source} null) or of an installation below ({@code source} its
 * name, {@code schoolId} null: its records live there).
 */
public record SchoolOverdue(Long schoolId, String schoolName, long overdue, String source) {
}
