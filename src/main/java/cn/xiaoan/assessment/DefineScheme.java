package cn.xiaoan.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A bureau's yearly assessment scheme (考核方案), its indicators added after. */
public record DefineScheme(@NotBlank @Size(max = 200) String name, @NotNull @Min(2000) @Max(2100) Integer year) {

	public DefineScheme {
		name = name == null ? null : name.trim();
	}

}
