package cn.xiaoan.care;

import jakarta.validation.constraints.NotNull;

/** A principal names a staff member the school's psychological counsellor (心理辅导教师). */
public record NameCounsellor(@NotNull Long staffId) {
}
