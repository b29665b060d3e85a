package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A measure taken, with what it consists of. */
public record RecordMeasure(@NotNull MeasureKind kind, @Size(max = 500) String detail) {
}
