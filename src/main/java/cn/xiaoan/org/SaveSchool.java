package cn.xiaoan.org;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a school (form, API and spreadsheet row alike). */
public record SaveSchool(@NotBlank @Pattern(regexp = "\\d{10}", message = "{school.code.invalid}") String code,
		@NotBlank @Size(max = 100) String name, @NotNull SchoolType type,
		@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.invalid}") String regionCode,
		@Size(max = 200) String address, @Size(max = 30) String phone, boolean boarding,
		@Min(0) @Max(100000) int studentCount, @Min(0) @Max(100000) int boarderCount,
		@Min(0) @Max(20000) int staffCount) {

	public SaveSchool {
		address = address == null ? "" : address.trim();
		phone = phone == null ? "" : phone.trim();
		name = name == null ? null : name.trim();
	}

	/** The school of the summary, as its form would save it (for the audit's before). */
	static SaveSchool of(SchoolSummary s) {
		return new SaveSchool(s.code(), s.name(), s.type(), s.regionCode(), s.address(), s.phone(), s.boarding(),
				s.studentCount(), s.boarderCount(), s.staffCount());
	}

	/** Boarders are among the students, and only a boarding school has them. */
	void checkCounts() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (boarderCount > studentCount) {
			errors.put("boarderCount", "school.boarders.exceed");
		}
		if (!boarding && boarderCount > 0) {
			errors.put("boarderCount", "school.boarders.notboarding");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

	/** The parameters of the insert and update of {@code org.school}. */
	Map<String, Object> columns() {
		Map<String, Object> p = new HashMap<>();
		p.put("code", code);
		p.put("name", name);
		p.put("type", type.name());
		p.put("region", regionCode);
		p.put("address", address);
		p.put("phone", phone);
		p.put("boarding", boarding);
		p.put("students", studentCount);
		p.put("boarders", boarderCount);
		p.put("staff", staffCount);
		return p;
	}

	Map<String, Object> auditView() {
		return new LinkedHashMap<>(columns());
	}

}
