package cn.xiaoan.opinion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Link a department to the case: its kind and its name ("藤县公安局"). */
public record LinkDepartment(@NotNull DepartmentKind kind, @NotBlank @Size(max = 50) String name) {

	public LinkDepartment {
		name = name == null ? null : name.trim();
	}

}
