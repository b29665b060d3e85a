package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A family's own appeal (申请复查) from their account: why they ask for a review. */
public record FamilyAppeal(@NotBlank @Size(max = 2000) String reason) {
}
