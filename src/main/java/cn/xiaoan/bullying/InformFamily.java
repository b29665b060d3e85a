package cn.xiaoan.bullying;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A family informed of the decision: which side, on which day, how. */
public record InformFamily(@NotNull Side side, @NotNull LocalDate informedOn, @NotNull NoticeMethod method) {
}
