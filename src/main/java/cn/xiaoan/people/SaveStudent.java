package cn.xiaoan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Register a student in a class, optionally with one guardian. */
record SaveStudent(@NotNull Long classId, @NotBlank @Size(max = 30) String studentNo,
		@NotBlank @Size(max = 50) String name, @Size(max = 18) String idCard, boolean boarder,
		@Size(max = 50) String guardianName,
		@Pattern(regexp = "(1\\d{10})?", message = "{phone.invalid}") String guardianPhone,
		@Size(max = 10) String guardianRelation) {

	public SaveStudent {
		studentNo = studentNo == null ? null : studentNo.trim();
		name = name == null ? null : name.trim();
		idCard = idCard == null ? "" : idCard.trim().toUpperCase();
		guardianName = guardianName == null ? "" : guardianName.trim();
		guardianPhone = guardianPhone == null ? "" : guardianPhone.trim();
		guardianRelation = guardianRelation == null || guardianRelation.isBlank() ? "监护人" : guardianRelation.trim();
	}

}
