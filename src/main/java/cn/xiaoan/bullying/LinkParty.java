package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A party of the case named by the committee from the school's students: which side, and
 * the student's number (学号).
 */
public record LinkParty(@NotNull Side side, @NotBlank @Size(max = 30) String studentNo) {
}
