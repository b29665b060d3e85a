package cn.xiaoan.liaison;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A police station (派出所) of a county with what it covers: townships (region codes) and
 * schools named one by one — a school named here wins over its township's station — and
 * the police accounts of the station. The county is the caller's own unless a bureau
 * above the county names it.
 */
public record SaveStation(@Size(max = 6) String countyCode, @NotBlank @Size(max = 60) String name,
		@Size(max = 200) String address, @Size(max = 30) String phone, @Size(max = 100) List<String> townships,
		@Size(max = 500) List<Long> schools, @Size(max = 100) List<Long> officers) {

	public SaveStation {
		name = name == null ? null : name.trim();
		address = address == null ? "" : address.trim();
		phone = phone == null ? "" : phone.trim();
		townships = townships == null ? List.of() : townships.stream().distinct().toList();
		schools = schools == null ? List.of() : schools.stream().distinct().toList();
		officers = officers == null ? List.of() : officers.stream().distinct().toList();
	}

}
