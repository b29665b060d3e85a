package cn.xiaoan.bullying;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An appeal (申请复查) received by the county office: from which side, when, why. */
public record FileAppeal(@NotNull Side side, @NotNull LocalDate filedOn, @NotBlank @Size(max = 2000) String reason) {
}
